using System.Buffers;
using System.Text.Json;
using CommunityToolkit.HighPerformance.Buffers;
using DockingGraph.Http;
using DockingGraph.Http.Caching;

namespace DockingGraph.Mirror;

/// <summary>
/// An answer made: whether it gets a validator (a record or page found), its status, and its body
/// in pooled buffers, which disposing returns: what the mirror wrote, then the records as the
/// graph's plan wrote them (a slice of its buffer, written as it is, never copied), then a tail.
/// </summary>
internal sealed class Ll2Answer(bool validated, int status, ArrayPoolBufferWriter<byte> head, ArrayPoolBufferWriter<byte>? records = null, Range slice = default, byte[]? tail = null) : IDisposable
{
    public const string JsonType = "application/json";

    /// <summary>A found record or page, written whole by the mirror.</summary>
    public Ll2Answer(ArrayPoolBufferWriter<byte> body)
        : this(validated: true, StatusCodes.Status200OK, body)
    {
    }

    /// <summary>A found page: the mirror's head, the plan's records, the tail.</summary>
    public Ll2Answer(ArrayPoolBufferWriter<byte> head, ArrayPoolBufferWriter<byte> records, Range slice, byte[] tail)
        : this(validated: true, StatusCodes.Status200OK, head, records, slice, tail)
    {
    }

    /// <summary>A found record, as the plan wrote it.</summary>
    public Ll2Answer(ArrayPoolBufferWriter<byte> records, Range slice)
        : this(validated: true, StatusCodes.Status200OK, new ArrayPoolBufferWriter<byte>(1), records, slice)
    {
    }

    public bool Validated => validated;

    private ReadOnlyMemory<byte> Records => records is null ? default : records.WrittenMemory[slice];

    private int Length => head.WrittenCount + Records.Length + (tail?.Length ?? 0);

    /// <summary>DRF's refusal: <c>{"detail": …}</c>.</summary>
    public static Ll2Answer Detail(int status, string message) => Refused(status, DetailJson(message));

    /// <summary>DRF's refusal of parameters: each with its messages.</summary>
    public static Ll2Answer Errors(IReadOnlyDictionary<string, string[]> errors) => Refused(StatusCodes.Status400BadRequest, JsonSerializer.SerializeToUtf8Bytes(errors));

    public static byte[] DetailJson(string message) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["detail"] = message });

    /// <summary>A kept answer (the response cache's).</summary>
    public static Task WriteAsync(HttpContext http, Answer answer) => GraphQLResponseWriter.WriteAsync(http, answer.Status, JsonType, answer.Body);

    private static Ll2Answer Refused(int status, byte[] json)
    {
        var body = new ArrayPoolBufferWriter<byte>(json.Length);
        body.Write(json);
        return new Ll2Answer(false, status, body);
    }

    /// <summary>A copy to keep in the response cache.</summary>
    public Answer ToAnswer()
    {
        var copy = new byte[Length];
        head.WrittenSpan.CopyTo(copy);
        Records.Span.CopyTo(copy.AsSpan(head.WrittenCount));
        tail?.CopyTo(copy.AsSpan(head.WrittenCount + Records.Length));
        return new(Validated, status, copy);
    }

    public async Task WriteAsync(HttpContext http)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{JsonType}; charset=utf-8";
        http.Response.ContentLength = Length;
        await http.Response.Body.WriteAsync(head.WrittenMemory, http.RequestAborted);
        await http.Response.Body.WriteAsync(Records, http.RequestAborted);
        if (tail is not null)
        {
            await http.Response.Body.WriteAsync(tail, http.RequestAborted);
        }
    }

    public void Dispose()
    {
        head.Dispose();
        records?.Dispose();
    }
}

/// <summary>A rate limit or an unknown key, refused as DRF refuses: <c>{"detail": …}</c>.</summary>
internal sealed class DrfRefusals : IRefusalFormat
{
    public static readonly DrfRefusals Instance = new();

    public async Task WriteAsync(HttpContext http, string message, CancellationToken cancellationToken)
    {
        http.Response.ContentType = $"{Ll2Answer.JsonType}; charset=utf-8";
        await http.Response.Body.WriteAsync(Ll2Answer.DetailJson(message), cancellationToken);
    }
}
