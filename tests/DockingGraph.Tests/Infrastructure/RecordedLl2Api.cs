using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// A stand-in for the LL2 API on a loopback port: it serves recorded list pages of
/// <c>/2.3.0/docking_events/</c> with their <c>next</c> links, and the faults a test scripts for a
/// page (a 429 with Retry-After, a 503, a dropped connection, a cut-off body).
/// </summary>
public sealed class RecordedLl2Api : IAsyncDisposable
{
    public const int PageSize = 100;

    private readonly WebApplication app;
    private readonly IReadOnlyList<JsonNode> events;
    private readonly ConcurrentDictionary<int, ConcurrentQueue<Fault>> faults = new();

    private RecordedLl2Api(WebApplication app, IReadOnlyList<JsonNode> events)
    {
        this.app = app;
        this.events = events;
    }

    public enum Fault
    {
        TooManyRequests,

        /// <summary>A 429 asking to wait an hour, as LL2 does when an anonymous client has used its 15 requests.</summary>
        TooManyRequestsForAnHour,
        ServiceUnavailable,
        DropConnection,
        CutOffBody,

        /// <summary>The first name on the page holds an escaped half of a surrogate pair (<c>\ud800</c>).</summary>
        LoneSurrogateInName,

        /// <summary>The first name on the page holds an escaped NUL character (<c>\u0000</c>).</summary>
        NulInName,

        /// <summary>The first name on the page holds a byte that is not UTF-8.</summary>
        InvalidUtf8InName,

        /// <summary>The page's <c>next</c> is <c>file:///etc/passwd</c>.</summary>
        NextIsAFile,

        /// <summary>The page's <c>next</c> is no address at all.</summary>
        NextIsGarbage,

        /// <summary>The page's <c>next</c> is a path, which .NET reads as a file address on Unix.</summary>
        NextIsAPath,

        /// <summary>The page's <c>next</c> is another host (a cloud's metadata service).</summary>
        NextIsAnotherHost,

        /// <summary>The page's <c>next</c> is the page itself.</summary>
        NextIsItself,

        /// <summary>A 302 to the same page under another host name of this server (<c>localhost</c>).</summary>
        RedirectToAnotherHost,

        /// <summary>The page begins and never ends (the connection stays open, sending nothing more).</summary>
        NeverEndingBody,

        /// <summary>The page followed by 65 MB of white space: JSON still, but larger than any LL2 page.</summary>
        HugeBody,
    }

    /// <summary>Every request, as path and query, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri Endpoint => new(new Uri(app.Urls.First()), "/2.3.0/docking_events/");

    public static async Task<RecordedLl2Api> StartAsync(JsonObject page)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new RecordedLl2Api(app, page["results"]!.AsArray().Select(e => e!.DeepClone()).ToList());
        app.MapGet("/2.3.0/docking_events/", api.ServeAsync);
        await app.StartAsync();
        return api;
    }

    /// <summary>The next request for the page at <paramref name="offset"/> meets <paramref name="fault"/>.</summary>
    public void Script(int offset, params Fault[] scripted)
    {
        var queue = faults.GetOrAdd(offset, _ => new ConcurrentQueue<Fault>());
        foreach (var fault in scripted)
        {
            queue.Enqueue(fault);
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task ServeAsync(HttpContext http)
    {
        Requests.Enqueue($"{http.Request.Path}{http.Request.QueryString}");
        var offset = int.TryParse(http.Request.Query["offset"], out var o) ? o : 0;
        if (faults.TryGetValue(offset, out var queue) && queue.TryDequeue(out var fault))
        {
            switch (fault)
            {
                case Fault.TooManyRequests:
                    http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                    http.Response.Headers.RetryAfter = "1";
                    return;
                case Fault.TooManyRequestsForAnHour:
                    http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                    http.Response.Headers.RetryAfter = "3600";
                    return;
                case Fault.ServiceUnavailable:
                    http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                case Fault.DropConnection:
                    http.Abort();
                    return;
                case Fault.CutOffBody:
                    var text = Page(offset).ToJsonString();
                    await http.Response.WriteAsync(text[..(text.Length / 3)]);
                    return;
                case Fault.LoneSurrogateInName:
                    await http.Response.WriteAsync(InFirstName(Page(offset), "\\ud800"));
                    return;
                case Fault.NulInName:
                    await http.Response.WriteAsync(InFirstName(Page(offset), "\\u0000"));
                    return;
                case Fault.InvalidUtf8InName:
                    var bytes = System.Text.Encoding.UTF8.GetBytes(InFirstName(Page(offset), "~~"));
                    var at = bytes.AsSpan().IndexOf("Soyuz ~~"u8) + "Soyuz ".Length;
                    (bytes[at], bytes[at + 1]) = ((byte)0xff, (byte)0xfe);
                    await http.Response.Body.WriteAsync(bytes);
                    return;
                case Fault.NextIsAFile:
                    await WithNextAsync(http, offset, "file:///etc/passwd");
                    return;
                case Fault.NextIsGarbage:
                    await WithNextAsync(http, offset, "::not an address::");
                    return;
                case Fault.NextIsAPath:
                    await WithNextAsync(http, offset, "/etc/passwd");
                    return;
                case Fault.NextIsAnotherHost:
                    await WithNextAsync(http, offset, "http://169.254.169.254/latest/meta-data/");
                    return;
                case Fault.NextIsItself:
                    await WithNextAsync(http, offset, $"{Endpoint}?limit={PageSize}&mode=detailed&offset={offset}");
                    return;
                case Fault.RedirectToAnotherHost:
                    http.Response.Redirect($"http://localhost:{Endpoint.Port}{http.Request.Path}{http.Request.QueryString}");
                    return;
                case Fault.NeverEndingBody:
                    var start = Page(offset).ToJsonString();
                    await http.Response.WriteAsync(start[..(start.Length / 2)]);
                    await http.Response.Body.FlushAsync();
                    await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                case Fault.HugeBody:
                    await http.Response.WriteAsync(Page(offset).ToJsonString());
                    var spaces = new byte[1024 * 1024];
                    spaces.AsSpan().Fill((byte)' ');
                    for (var megabytes = 0; megabytes < 65 && !http.RequestAborted.IsCancellationRequested; megabytes++)
                    {
                        await http.Response.Body.WriteAsync(spaces, http.RequestAborted).AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
                    }

                    return;
            }
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(Page(offset).ToJsonString());
    }

    /// <summary>The page as text, with <paramref name="text"/> (raw JSON string content) at the start of its first name.</summary>
    private static string InFirstName(JsonObject page, string text)
    {
        var json = page.ToJsonString();
        var name = json.IndexOf("\"name\":\"", StringComparison.Ordinal) + "\"name\":\"".Length;
        return $"{json[..name]}Soyuz {text} MS {json[name..]}";
    }

    private async Task WithNextAsync(HttpContext http, int offset, string next)
    {
        var page = Page(offset);
        page["next"] = next;
        await http.Response.WriteAsync(page.ToJsonString());
    }

    private JsonObject Page(int offset)
    {
        var next = offset + PageSize < events.Count ? $"{Endpoint}?limit={PageSize}&mode=detailed&offset={offset + PageSize}" : null;
        return new JsonObject
        {
            ["count"] = events.Count,
            ["next"] = next,
            ["previous"] = null,
            ["results"] = new JsonArray(events.Skip(offset).Take(PageSize).Select(e => e.DeepClone()).ToArray()),
        };
    }
}
