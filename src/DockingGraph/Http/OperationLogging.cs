using DockingGraph.Telemetry;
using Microsoft.AspNetCore.HttpLogging;

namespace DockingGraph.Http;

/// <summary>
/// Adds the GraphQL operation to the one log line HttpLogging writes per request (method, path,
/// status, duration): its name as the admitted document defines it, cut short, never the
/// <c>operationName</c> a client sends (which can be anything, of any length).
/// </summary>
internal sealed class OperationLogging : IHttpLoggingInterceptor
{
    private static readonly object Key = new();

    /// <summary>The operation this request ran: <paramref name="name"/> as its document defines it, or null for an anonymous one.</summary>
    public static void Record(HttpContext http, string? name) => http.Items[Key] = OperationNameTags.Cut(name);

    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext)
    {
        ArgumentNullException.ThrowIfNull(logContext);
        if (logContext.HttpContext.Items.TryGetValue(Key, out var name))
        {
            logContext.AddParameter("Operation", name);
        }

        return ValueTask.CompletedTask;
    }
}
