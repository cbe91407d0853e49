using System.Net;

namespace DockingGraph.Sync;

/// <summary>
/// Reads pages of the LL2 API as a well-behaved client: it says who it is (User-Agent), sends the
/// API key when there is one, waits as long as a 429's <c>Retry-After</c> asks, and retries server
/// errors, timeouts and dropped connections with a growing backoff before it gives up.
/// </summary>
public sealed class Ll2ApiClient(HttpClient http, Ll2ApiOptions options)
{
    public const string UserAgent = "DockingGraph/1.0 (GraphQL gateway over LL2 docking data)";

    public async Task<byte[]> GetPageAsync(Uri address, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (true)
        {
            string reason;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                request.Headers.UserAgent.ParseAdd(UserAgent);
                if (!string.IsNullOrWhiteSpace(options.ApiKey))
                {
                    request.Headers.TryAddWithoutValidation("Authorization", $"Token {options.ApiKey}");
                }

                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var wait = RetryAfter(response) ?? Backoff(1);
                    progress?.Report($"LL2 limits the request rate (429): waiting {wait.TotalSeconds:0.#} s, as its Retry-After asks");
                    await Task.Delay(wait, cancellationToken);
                    continue;
                }

                if ((int)response.StatusCode >= 500)
                {
                    reason = $"LL2 answered {(int)response.StatusCode} {response.ReasonPhrase}";
                }
                else if (!response.IsSuccessStatusCode)
                {
                    throw new Ll2SyncException($"{address}: LL2 answered {(int)response.StatusCode} {response.ReasonPhrase}");
                }
                else
                {
                    return await response.Content.ReadAsByteArrayAsync(cancellationToken);
                }
            }
            catch (HttpRequestException ex)
            {
                reason = $"the connection failed ({ex.Message})";
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                reason = $"no answer within {options.Timeout.TotalSeconds:0} s";
            }

            if (++failures >= options.MaxAttempts)
            {
                throw new Ll2SyncException($"{address}: gave up after {failures} attempts: {reason}");
            }

            var backoff = Backoff(failures);
            progress?.Report($"{reason}: trying again in {backoff.TotalSeconds:0.##} s (attempt {failures + 1} of {options.MaxAttempts})");
            await Task.Delay(backoff, cancellationToken);
        }
    }

    private TimeSpan Backoff(int failures) =>
        TimeSpan.FromTicks(Math.Min(options.Backoff.Ticks * (1L << Math.Min(failures - 1, 20)), TimeSpan.FromMinutes(1).Ticks));

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is { Ticks: > 0 } until ? until : TimeSpan.Zero,
            _ => null,
        };
}
