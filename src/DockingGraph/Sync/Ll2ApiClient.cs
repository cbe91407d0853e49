using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace DockingGraph.Sync;

/// <summary>
/// Reads pages of the LL2 API as a well-behaved client: it says who it is (User-Agent) and sends
/// the API key when there is one; waiting and trying again is <see cref="Ll2Resilience"/>'s.
/// </summary>
public sealed class Ll2ApiClient(HttpClient http, Ll2ApiOptions options)
{
    public const string UserAgent = "DockingGraph/1.0 (GraphQL gateway over LL2 docking data)";

    public async Task<byte[]> GetPageAsync(Uri address, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Token {options.ApiKey}");
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Ll2Resilience.Progress, progress);
        request.SetResilienceContext(context);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (Ll2Resilience.Failure(Outcome.FromResult(response)) is { } failure)
            {
                throw GaveUp(address, failure);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new Ll2SyncException($"{address}: LL2 answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException && Ll2Resilience.Failure(Outcome.FromException<HttpResponseMessage>(ex)) is { } failure)
        {
            throw GaveUp(address, failure, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Ll2SyncException GaveUp(Uri address, string failure, Exception? inner = null) =>
        new($"{address}: gave up after {options.MaxAttempts} attempts: {failure}", inner);
}
