using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Graph;

/// <summary>Nested connections multiply: a request may ask for at most 10,000 items along a path.</summary>
public abstract class RequestLimitTests(GatewayFactory gateway) : StoreTests<GatewayFactory>(gateway)
{
    [SkippableFact]
    public async Task One_hundred_by_one_hundred_is_allowed()
    {
        var result = await Gateway.QueryAsync("{ spaceStations(first: 100) { nodes { dockingEvents(first: 100) { nodes { id } } } } }");

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [SkippableTheory]
    [InlineData("{ spaceStations(first: 100) { nodes { dockingLocations(first: 100) { nodes { dockingEvents(first: 100) { nodes { id } } } } } } }", null)]
    [InlineData("{ spaceStations(last: 100) { edges { node { dockingLocations(first: 100) { nodes { dockingEvents { nodes { id } } } } } } } }", null)]
    [InlineData("query ($n: Int) { spaceStations(first: $n) { ...ports } } fragment ports on SpaceStationsConnection { nodes { dockingLocations(first: 100) { nodes { dockingEvents(first: 2) { totalCount } } } } }", 100)]
    public async Task More_is_refused_before_anything_runs(string query, int? n)
    {
        await Gateway.DataAsync("{ __typename }");
        using var log = new SqlStatementLog(Gateway.Database);

        var result = await Gateway.QueryAsync(query, new { n });

        var error = result.GetProperty("errors")[0];
        Assert.Equal("MAX_REQUESTED_ITEMS_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(log.Statements);
    }

    [Collection(SeededGatewayOnSqlite.Name)]
    public sealed class OnSqlite(GatewayFactory gateway) : RequestLimitTests(gateway)
    {
    }

    [Collection(SeededGatewayOnPostgreSql.Name)]
    public sealed class OnPostgreSql(PostgresGatewayFactory gateway) : RequestLimitTests(gateway)
    {
    }
}
