namespace DockingGraph.Bench;

/// <summary>
/// The peers the suite measures the gateway against, over the same PostgreSQL database, in the same
/// alternating rounds: each is asked a scenario where its schema can ask the same question
/// (<see cref="Scenario.PeerQueries"/>).
/// </summary>
public enum Peer
{
    /// <summary>PostGraphile 4.14.1 with postgraphile-plugin-connection-filter 2.3.0 (<c>bench/postgraphile</c>).</summary>
    PostGraphile4,

    /// <summary>PostGraphile 5.1.5, amber preset, with postgraphile-plugin-connection-filter 4.0.1 (<c>bench/postgraphile5</c>, Node 22).</summary>
    PostGraphile5,

    /// <summary>HotChocolate v12 preview built from source (<c>bench/hotchocolate</c>), EF Core with paging, projection, filtering and sorting.</summary>
    HotChocolate,
}

public static class Peers
{
    /// <summary>The peer's row name in the report.</summary>
    public static string Name(this Peer peer) => peer switch
    {
        Peer.PostGraphile4 => "PostGraphile 4.14.1",
        Peer.PostGraphile5 => "PostGraphile 5.1.5",
        Peer.HotChocolate => "HotChocolate v12 preview",
        _ => throw new ArgumentOutOfRangeException(nameof(peer)),
    };

    /// <summary>The peer's ratio column in the report (<c>vs PostGraphile 5</c>).</summary>
    public static string Column(this Peer peer) => peer switch
    {
        Peer.PostGraphile4 => "vs PostGraphile 4",
        Peer.PostGraphile5 => "vs PostGraphile 5",
        Peer.HotChocolate => "vs HotChocolate",
        _ => throw new ArgumentOutOfRangeException(nameof(peer)),
    };

    /// <summary>The peer as <c>--peers</c> names it (<c>postgraphile5</c>).</summary>
    public static string Option(this Peer peer) => peer.ToString().ToLowerInvariant();
}

/// <summary>A peer's server, started by the suite over the run's PostgreSQL database and stopped at its end.</summary>
public sealed class PeerServer(Peer peer, ServerProcess server, Uri endpoint) : IAsyncDisposable
{
    public Peer Peer { get; } = peer;

    public Uri Endpoint { get; } = endpoint;

    public int ProcessId => server.Id;

    /// <summary>A probe for <see cref="ServerProcess.StartAsync"/>: the server answers <c>{ __typename }</c> at <paramref name="endpoint"/>.</summary>
    public static Func<HttpClient, Task<bool>> Answers(Uri endpoint) => async http =>
    {
        using var content = new StringContent(Scenario.Body("{ __typename }"), System.Text.Encoding.UTF8, "application/json");
        return (await http.PostAsync(endpoint, content)).IsSuccessStatusCode;
    };

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
