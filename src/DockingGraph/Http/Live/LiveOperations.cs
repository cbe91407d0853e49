using System.Text;
using System.Text.Json;
using DockingGraph.Http;
using GraphQL;

namespace DockingGraph.Http.Live;

/// <summary>
/// Runs one operation a live transport received, as the graph runs a request: the document stage
/// (trusted documents, the document's bounds), validation with the cost and input bounds, the
/// execution and its metrics. A subscription joins its feed (<see cref="SubscriptionFeeds"/>); a
/// query's one result is sent and completed; a refusal is sent as the transport sends errors.
/// </summary>
internal static class LiveOperations
{
    /// <returns>The running subscription, to dispose when the client completes it; null when it is already over (answered, or refused).</returns>
    public static async Task<IDisposable?> StartAsync(HttpContext http, GraphQLRequestBody request, ILiveReceiver receiver, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var feeds = services.GetRequiredService<SubscriptionFeeds>();
        if (!feeds.TryReserve())
        {
            receiver.Refused(Errors(serializer, new ExecutionError($"This instance serves its most subscriptions at once ({services.GetRequiredService<LiveOptions>().MaxSubscriptions}); try again later.") { Code = SubscriptionLimitCode }));
            return null;
        }

        var joined = false;
        try
        {
            var (admitted, refused) = DocumentStage.Admit(services, request, selectOperation: false);
            if (refused is not null)
            {
                receiver.Refused(Errors(serializer, refused));
                return null;
            }

            var result = await GraphQLExecution.RunAsync(http, admitted!, cancellationToken);
            if (!result.Executed)
            {
                receiver.Refused(Errors(serializer, [.. result.Errors ?? []]));
                return null;
            }

            if (result.Streams is not { Count: > 0 } streams)
            {
                receiver.Next(Encoding.UTF8.GetBytes(serializer.Serialize(result)));
                receiver.Complete();
                return null;
            }

            joined = true;
            return feeds.Join(SubscriptionFeeds.KeyOf(admitted!.Request, serializer), streams.Values.Single(), receiver);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // As the graph answers anything unexpected: masked, with a trace id; the details go to the log.
            var traceId = UnexpectedError.TraceId(http.TraceIdentifier);
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LiveOperations)).LogUnexpected(ex, traceId);
            receiver.Refused(Errors(serializer, UnexpectedError.Masked(traceId)));
            return null;
        }
        finally
        {
            if (!joined)
            {
                feeds.Release();
            }
        }
    }

    /// <summary>The code of a subscription refused at a limit of this instance or of its connection.</summary>
    public const string SubscriptionLimitCode = "SUBSCRIPTION_LIMIT_EXCEEDED";

    /// <summary>Errors as a JSON list, as GraphQL.NET writes them in an answer.</summary>
    public static byte[] Errors(IGraphQLTextSerializer serializer, params ExecutionError[] errors)
    {
        using var answer = JsonDocument.Parse(serializer.Serialize(new ExecutionResult { Errors = [.. errors], Executed = false }));
        return Encoding.UTF8.GetBytes(answer.RootElement.GetProperty("errors").GetRawText());
    }
}
