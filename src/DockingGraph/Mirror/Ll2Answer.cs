using System.Buffers;
using System.Text.Json;
using CommunityToolkit.HighPerformance.Buffers;
using DockingGraph.Http;
using DockingGraph.Http.Caching;

namespace DockingGraph.Mirror;

/// <summary>An answer made: whether it gets a validator (a record or page found), its status, and its body in a pooled buffer, which disposing returns.</summary>
internal sealed class Ll2Answer(bool validated, int status, ArrayPoolBufferWriter<byte> body) : IDisposable
{
    public const string JsonType = "application/json";

    public bool Validated => validated;

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
    public Answer ToAnswer() => new(Validated, status, body.WrittenSpan.ToArray());

    public async Task WriteAsync(HttpContext http)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{JsonType}; charset=utf-8";
        http.Response.ContentLength = body.WrittenCount;
        await http.Response.Body.WriteAsync(body.WrittenMemory, http.RequestAborted);
    }

    public void Dispose() => body.Dispose();
}

/// <summary>A rate limit or an unknown key, refused as DRF refuses: <c>{"detail": …}</c>.</summary>
internal sealed class DrfRefusals : IRefusalFormat
{
    public static readonly DrfRefusals Instance = new();

    public async Task WriteAsync(HttpContext http, string message, int? retryAfter, CancellationToken cancellationToken)
    {
        http.Response.ContentType = $"{Ll2Answer.JsonType}; charset=utf-8";
        await http.Response.Body.WriteAsync(Ll2Answer.DetailJson(message), cancellationToken);
    }
}
