using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Import;

/// <summary>
/// One record's source JSON while a chunk is merged: every form the chunk brings is merged into
/// it in memory, and it is serialised once, when the chunk is written. Shared records (an agency
/// in every event) arrive hundreds of times a chunk, nearly always unchanged.
/// </summary>
internal sealed class SourceDraft
{
    private static readonly JsonSerializerOptions SourceJsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private JsonObject? json;

    /// <summary>Whether <see cref="json"/> is a copy of its own, or still a form of an event (not to be changed).</summary>
    private bool isOwnCopy;

    private bool isChanged;

    public SourceDraft(SourceDocument document, JsonObject? incoming = null)
    {
        Document = document;
        json = incoming;
        isChanged = incoming is not null;
    }

    public SourceDocument Document { get; }

    /// <summary>
    /// A form of the record: a higher rank replaces what is kept, an equal rank adds its keys and
    /// its non-null values, a lower rank is ignored.
    /// </summary>
    public void Add(JsonObject incoming, FormRank rank)
    {
        if (rank > Document.Rank)
        {
            Document.Rank = rank;
            json = incoming;
            isOwnCopy = false;
            isChanged = true;
        }
        else if (rank == Document.Rank)
        {
            MergeSameRank(incoming);
        }
    }

    /// <summary>Puts the merged JSON in the document, if anything changed it.</summary>
    public void Write()
    {
        if (isChanged)
        {
            Document.Json = json!.ToJsonString(SourceJsonOptions);
            isChanged = false;
        }
    }

    /// <summary>Two forms of equal rank: the union of their keys, the later one's values where it has one.</summary>
    private void MergeSameRank(JsonObject incoming)
    {
        json ??= JsonNode.Parse(Document.Json)!.AsObject();
        foreach (var (key, value) in incoming)
        {
            if ((value is null && json.ContainsKey(key)) || JsonNode.DeepEquals(json[key], value))
            {
                continue;
            }

            if (!isOwnCopy)
            {
                json = json.DeepClone().AsObject();
                isOwnCopy = true;
            }

            json[key] = value?.DeepClone();
            isChanged = true;
        }
    }
}
