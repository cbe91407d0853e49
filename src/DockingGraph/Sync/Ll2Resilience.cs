using System.Globalization;
using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace DockingGraph.Sync;

/// <summary>
/// How the LL2 client waits and tries again, as a resilience pipeline (Microsoft.Extensions.Http.Resilience):
/// a 429 is waited out for as long as its <c>Retry-After</c> asks, however long, and does not count
/// as a failure; server errors, timeouts and dropped connections are tried again with a doubling
/// wait up to a minute, <c>LL2:MaxAttempts</c> times in all; each attempt has <c>LL2:Timeout</c>.
/// There is no total timeout: LL2 allows anonymous clients about 15 requests an hour, and a sync
/// that waits an hour for its next page is working as it should. Every wait is reported, with why.
/// </summary>
internal static class Ll2Resilience
{
    /// <summary>Where the waits of one request are reported (the caller's progress).</summary>
    public static readonly ResiliencePropertyKey<IProgress<string>?> Progress = new("DockingGraph.Ll2.Progress");

    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(1);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, Ll2ApiOptions options)
    {
        // The failures' count is outermost, so that a 429 between two failures does not start it again.
        if (options.MaxAttempts > 1)
        {
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "LL2 failures",
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = options.Backoff,
                MaxDelay = LongestBackoff,
                ShouldHandle = args => ValueTask.FromResult(Failure(args.Outcome) is not null),
                OnRetry = args => Report(args.Context, $"{Failure(args.Outcome)}: trying again in {Seconds(args.RetryDelay)} s (attempt {args.AttemptNumber + 2} of {options.MaxAttempts})"),
            });
        }

        pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            Name = "LL2 rate limit",
            MaxRetryAttempts = int.MaxValue,
            MaxDelay = TimeSpan.FromDays(1),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryAfter(args.Outcome.Result!) ?? Doubled(options.Backoff, args.AttemptNumber)),
            OnRetry = args => Report(args.Context, $"LL2 limits the request rate (429): waiting {Seconds(args.RetryDelay)} s, as its Retry-After asks"),
        });

        pipeline.AddTimeout(options.Timeout);
    }

    /// <summary>Why an attempt failed in a way worth trying again, or null when it did not.</summary>
    public static string? Failure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException ex } => $"the connection failed ({ex.Message})",
        { Exception: TimeoutRejectedException ex } => $"no answer within {Seconds(ex.Timeout)} s",
        { Result: { StatusCode: >= HttpStatusCode.InternalServerError } response } => $"LL2 answered {(int)response.StatusCode} {response.ReasonPhrase}",
        _ => null,
    };

    /// <summary>A 429 without Retry-After: a doubling wait, up to a minute.</summary>
    private static TimeSpan Doubled(TimeSpan backoff, int attempt) =>
        TimeSpan.FromTicks(Math.Min(backoff.Ticks * (1L << Math.Min(attempt, 20)), LongestBackoff.Ticks));

    private static ValueTask Report(ResilienceContext context, string line)
    {
        if (context.Properties.TryGetValue(Progress, out var progress))
        {
            progress?.Report(line);
        }

        return ValueTask.CompletedTask;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is { Ticks: > 0 } until ? until : TimeSpan.Zero,
            _ => null,
        };

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture);
}
