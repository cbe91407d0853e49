namespace DockingGraph.Http;

/// <summary>
/// How an endpoint's clients expect a refusal made before it runs (a rate limit, an unknown API
/// key) to read, when it is not a GraphQL error: endpoint metadata, found by the pipeline's
/// refusals (the LL2 mirror's clients read DRF's <c>{"detail": …}</c>).
/// </summary>
public interface IRefusalFormat
{
    /// <param name="message">What was refused and why (a rate limit's says when to try again).</param>
    Task WriteAsync(HttpContext http, string message, CancellationToken cancellationToken);
}
