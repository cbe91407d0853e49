using DockingGraph.Execution.Limits;
using Microsoft.Net.Http.Headers;

namespace DockingGraph.Http.Caching;

/// <summary>A GET for a query, with the entity tag its successful answer gets: answered 304 when the client holds it, stamped with it otherwise.</summary>
internal sealed class CacheableGet(string tag, string cacheControl)
{
    /// <summary>The request headers the answer depends on besides its address.</summary>
    private static readonly string Varies = $"{HeaderNames.Accept}, {RequestCost.ReportHeader}";

    public string Tag => tag;

    /// <summary>Answers 304, with no body and nothing executed, when the request's <c>If-None-Match</c> holds its tag.</summary>
    public bool AnsweredNotModified(HttpContext http)
    {
        if (IfNoneMatch.Match(http.Request.Headers.IfNoneMatch, tag) is not { } held)
        {
            return false;
        }

        http.Response.StatusCode = StatusCodes.Status304NotModified;
        Describe(http.Response, held);
        return true;
    }

    /// <summary>Gives a successful answer its validator, Cache-Control and Vary; true when it is a 304 instead (<c>If-None-Match: *</c>), to be sent without its body.</summary>
    public bool Stamp(HttpContext http)
    {
        var response = http.Response;
        Describe(response, tag);
        if (IfNoneMatch.IsAny(http.Request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        // A compressed body is other bytes than the plain one under the same tag: as a weak
        // validator the tag says what holds, that they mean the same. The compression middleware
        // has set Content-Encoding by the time the response starts.
        response.OnStarting(static state =>
        {
            var started = (HttpResponse)state;
            if (started.Headers.ContentEncoding.Count > 0 && started.Headers.ETag.ToString() is { } etag && !etag.StartsWith("W/", StringComparison.Ordinal))
            {
                started.Headers.ETag = $"W/{etag}";
            }

            return Task.CompletedTask;
        }, response);
        return false;
    }

    /// <summary>What a 200 and a 304 both say (RFC 9110 15.4.5).</summary>
    private void Describe(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        response.Headers.Append(HeaderNames.Vary, Varies);
    }
}
