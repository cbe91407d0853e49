using System.Collections.Concurrent;

namespace DockingGraph.Telemetry;

/// <summary>
/// The operation names the metrics are tagged with, bounded: each metric keeps a series per
/// distinct tag for the life of the process, so a client that names its operations at will must not
/// add series at will. A name is cut to <see cref="MaxLength"/> characters; the first
/// <c>Telemetry:MaxOperationNames</c> distinct names are tagged as themselves, any later one as
/// <see cref="Other"/>.
/// </summary>
public sealed class OperationNameTags(TelemetryOptions options)
{
    public const int MaxLength = 64;
    public const string Anonymous = "(anonymous)";
    public const string Other = "(other)";

    private readonly ConcurrentDictionary<string, bool> names = new(StringComparer.Ordinal);
    private int count;

    /// <summary>The tag of an operation that the admitted document defines: <paramref name="name"/> cut short, or <see cref="Other"/> once the bound is reached.</summary>
    public string Of(string? name)
    {
        if (name is null)
        {
            return Anonymous;
        }

        var cut = Cut(name);
        if (names.ContainsKey(cut))
        {
            return cut;
        }

        if (Interlocked.Increment(ref count) > options.MaxOperationNames)
        {
            Interlocked.Decrement(ref count);
            return Other;
        }

        if (!names.TryAdd(cut, true))
        {
            // Another request added it first: it holds the place.
            Interlocked.Decrement(ref count);
        }

        return cut;
    }

    /// <summary>
    /// An operation's name as the gateway tells it anywhere (metric tags, spans, the request log):
    /// <paramref name="name"/>, or <see cref="Anonymous"/>, cut to <see cref="MaxLength"/> characters.
    /// </summary>
    public static string Cut(string? name) => name is null ? Anonymous : name.Length <= MaxLength ? name : name[..MaxLength];
}
