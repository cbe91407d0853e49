using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace DockingGraph.Sync;

/// <summary>
/// Reads pages of the LL2 API as a well-behaved client: it says who it is (User-Agent) and sends
/// the API key when there is one; waiting and trying again is <see cref="Ll2Resilience"/>'s. It
/// follows no redirect (a 3xx is an error naming where it pointed: the sync reads only the
/// addresses it has checked), and a body must end within <c>LL2:Timeout</c> and
/// <see cref="MaxPageBytes"/>, so that a body that never ends neither holds the sync nor fills memory.
/// </summary>
public sealed class Ll2ApiClient(HttpClient http, Ll2ApiOptions options)
{
    public const string UserAgent = "DockingGraph/1.0 (GraphQL gateway over LL2 docking data)";

    /// <summary>The largest page body read: a page of 100 detailed LL2 events is about 2 MB.</summary>
    public const int MaxPageBytes = 64 * 1024 * 1024;

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
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (Ll2Resilience.Failure(Outcome.FromResult(response)) is { } failure)
            {
                throw GaveUp(address, failure);
            }

            if (!response.IsSuccessStatusCode)
            {
                var location = response.Headers.Location is { } to ? $", pointing at {to.OriginalString[..Math.Min(200, to.OriginalString.Length)]} (redirects are not followed)" : "";
                throw new Ll2SyncException($"{address}: LL2 answered {(int)response.StatusCode} {response.ReasonPhrase}{location}");
            }

            return await ReadBodyAsync(address, response.Content, cancellationToken);
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

    private async Task<byte[]> ReadBodyAsync(Uri address, HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxPageBytes)
        {
            throw TooLarge(address);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        try
        {
            await using var body = await content.ReadAsStreamAsync(deadline.Token);
            using var page = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, deadline.Token)) > 0)
            {
                if (page.Length + read > MaxPageBytes)
                {
                    throw TooLarge(address);
                }

                page.Write(buffer, 0, read);
            }

            return page.ToArray();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Ll2SyncException($"{address}: the body did not end within {options.Timeout.TotalSeconds:0.##} s (LL2:Timeout)");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new Ll2SyncException($"{address}: the body broke off ({ex.Message})", ex);
        }
    }

    private static Ll2SyncException TooLarge(Uri address) =>
        new($"{address}: the body is larger than {MaxPageBytes / (1024 * 1024)} MB, which no LL2 page is (100 detailed events are about 2 MB)");

    private Ll2SyncException GaveUp(Uri address, string failure, Exception? inner = null) =>
        new($"{address}: gave up after {options.MaxAttempts} attempts: {failure}", inner);
}
