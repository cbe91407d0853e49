using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Import;

/// <summary>
/// Reads one LL2 response body as a stream: a list page's <c>results</c> one event at a time,
/// so a body of any size needs memory for one event, not for the body; or a single record (2.3.0
/// or 2.2.0, any mode). System.Text.Json streams only top-level arrays, and <c>results</c> is a
/// member, so this walks the body with <see cref="Utf8JsonReader"/> over a buffer that grows only
/// to fit the largest single event.
/// </summary>
/// <param name="name">The body in messages: its file, or the address of its page.</param>
internal sealed class Ll2BodyReader(string name)
{
    private const int FirstBufferSize = 64 * 1024;

    /// <summary>
    /// The largest single event (or other member of a body) read whole: LL2's detailed events are
    /// about 20 KB, so a larger one is not an LL2 body, and growing the buffer for it without end
    /// would end the process for want of memory instead of naming the file.
    /// </summary>
    public const int MaxValueBytes = 16 * 1024 * 1024;

    /// <summary>A key given twice in one object is refused as JSON LL2 does not send (not left to fail later, far from its file).</summary>
    private static readonly JsonDocumentOptions SingleKeys = new() { AllowDuplicateProperties = false };

    private readonly JsonObject members = [];
    private Phase phase;
    private JsonReaderState state;
    private bool isListPage;
    private int index;

    private enum Phase
    {
        Start,
        Members,
        Results,
        Done,
    }

    /// <summary>The page's <c>next</c> link, once the body has been read to its end.</summary>
    public string? Next { get; private set; }

    /// <summary>How much of the body has been read so far.</summary>
    public long BytesRead { get; private set; }

    public async IAsyncEnumerable<Ll2Event> ReadAsync(Stream body, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new byte[FirstBufferSize];
        var filled = 0;
        var isFinal = false;
        var events = new List<Ll2Event>();
        while (phase != Phase.Done)
        {
            if (!isFinal)
            {
                var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                isFinal = read == 0;
                filled += read;
                BytesRead += read;
            }

            var consumed = Step(buffer.AsSpan(0, filled), isFinal, events);
            foreach (var docking in events)
            {
                yield return docking;
            }

            events.Clear();
            if (isFinal && phase != Phase.Done)
            {
                throw new Ll2FormatException("not complete JSON (the body ends early)");
            }

            filled -= consumed;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled);
            if (filled == buffer.Length)
            {
                if (buffer.Length >= MaxValueBytes)
                {
                    throw new Ll2FormatException($"not an LL2 body: one value is larger than {MaxValueBytes / (1024 * 1024)} MB (an LL2 docking event is about 20 KB)");
                }

                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }

        if (!isFinal)
        {
            await RefuseWhatFollowsAsync(body, buffer, filled, cancellationToken);
        }

        if (isListPage)
        {
            Next = NextOf();
        }
        else
        {
            yield return Single();
        }
    }

    /// <summary>Reads every whole member or event in <paramref name="data"/>; returns how many bytes it used.</summary>
    private int Step(ReadOnlySpan<byte> data, bool isFinal, List<Ll2Event> events)
    {
        var reader = new Utf8JsonReader(data, isFinal, state);
        var used = 0;
        try
        {
            while (phase != Phase.Done && Advance(ref reader, data, events))
            {
                used = (int)reader.BytesConsumed;
                state = reader.CurrentState;
            }

            return used;
        }
        catch (JsonException ex)
        {
            throw new Ll2FormatException($"not complete JSON ({ex.Message})");
        }
    }

    /// <summary>Reads one whole step (the opening brace, a member, an event, a bracket); false when the data ends first.</summary>
    private bool Advance(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, List<Ll2Event> events)
    {
        if (!reader.Read())
        {
            return false;
        }

        switch (phase)
        {
            case Phase.Start when reader.TokenType != JsonTokenType.StartObject:
                throw new Ll2FormatException("not an LL2 docking event body: expected a JSON object");
            case Phase.Start:
                phase = Phase.Members;
                return true;
            case Phase.Members when reader.TokenType == JsonTokenType.EndObject:
                phase = Phase.Done;
                RefuseTrailingContent(reader);
                return true;
            case Phase.Members:
                if (Ll2Text.Refusal(ref reader) is { } refusal)
                {
                    throw new Ll2FormatException($"a key holds {refusal}").Within("$");
                }

                var member = reader.GetString()!;
                if (!reader.Read())
                {
                    return false;
                }

                if (member == "results" && reader.TokenType == JsonTokenType.StartArray)
                {
                    isListPage = true;
                    phase = Phase.Results;
                    return true;
                }

                if (!TryReadValue(ref reader, data, $"$.{member}", out var value))
                {
                    return false;
                }

                members[member] = value;
                return true;
            case Phase.Results when reader.TokenType == JsonTokenType.EndArray:
                phase = Phase.Members;
                return true;
            default:
                var path = $"$.results[{index}]";
                if (!TryReadValue(ref reader, data, path, out var result))
                {
                    return false;
                }

                index++;
                events.Add(Ll2Event.Read(name, result, path));
                return true;
        }
    }

    /// <summary>The value that starts at the reader's token (at <paramref name="path"/>), once the whole of it is in the data.</summary>
    private static bool TryReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, string path, out JsonNode? value)
    {
        var start = (int)reader.TokenStartIndex;
        if (!reader.TrySkip())
        {
            value = null;
            return false;
        }

        var text = data[start..(int)reader.BytesConsumed];
        Ll2Text.Check(text, path);
        try
        {
            value = JsonNode.Parse(text, documentOptions: SingleKeys);
            return true;
        }
        catch (JsonException ex)
        {
            // Complete (the reader skipped it whole), but not JSON LL2 sends: a key given twice.
            throw new Ll2FormatException($"not valid JSON ({ex.Message})");
        }
    }

    /// <summary>Nothing may follow the body: what a JSON parser refuses, this refuses too.</summary>
    private static void RefuseTrailingContent(Utf8JsonReader reader) => _ = reader.Read();

    /// <summary>The rest of a stream whose body ended before the stream did (the first <paramref name="unread"/> bytes of the buffer, then the stream): JSON whitespace only.</summary>
    private async Task RefuseWhatFollowsAsync(Stream body, byte[] buffer, int unread, CancellationToken cancellationToken)
    {
        var rest = buffer.AsMemory(0, unread);
        while (true)
        {
            if (rest.Span.IndexOfAnyExcept(" \t\r\n"u8) >= 0)
            {
                throw new Ll2FormatException("not complete JSON (something follows the body)");
            }

            var read = await body.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return;
            }

            BytesRead += read;
            rest = buffer.AsMemory(0, read);
        }
    }

    private string? NextOf() => members["next"] switch
    {
        null => null,
        JsonValue link when link.GetValueKind() == JsonValueKind.String => link.GetValue<string>(),
        _ => throw new Ll2FormatException("not an LL2 list page: `next` must be an address or null"),
    };

    private Ll2Event Single()
    {
        if (members.ContainsKey("results") || members.ContainsKey("count"))
        {
            throw new Ll2FormatException("not an LL2 list page: `results` must be a list");
        }

        return Ll2Event.Read(name, members, "$");
    }
}
