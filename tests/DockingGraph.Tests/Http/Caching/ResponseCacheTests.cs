using System.Net;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using static DockingGraph.Tests.Http.Caching.GraphQLGet;

namespace DockingGraph.Tests.Http.Caching;

/// <summary>
/// The response cache (<c>Caching:ResponseCache:Enabled</c>, off by default) keeps answers by
/// their ETag: a repeated GET is written from memory, without a statement, until an import
/// changes the data version; answers with errors, and answers larger than an entry may be, are
/// not kept.
/// </summary>
public abstract class ResponseCacheTests(StoreProvider provider)
{
    private static readonly string Page = Address("query Page($n: Int) { dockingEvents(first: $n) { totalCount nodes { id docking dockingLocation { name spacestation { name } } } } }", new { n = 10 });

    [SkippableFact]
    public async Task With_the_response_cache_a_repeated_GET_runs_no_statement_and_answers_the_same_body()
    {
        using var gateway = await GatewayAsync(cached: true);
        using var client = gateway.CreateClient();
        using var log = new SqlStatementLog(gateway.Database);
        using var first = await SendAsync(client, Page);
        var firstStatements = log.Statements.Count;
        log.Clear();

        using var second = await SendAsync(client, Page);

        Assert.True(firstStatements > 0);
        Assert.Empty(log.Statements);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.NotNull(ETag(second));
        Assert.Equal(ETag(first), ETag(second));
    }

    [SkippableFact]
    public async Task The_LL2_mirror_s_answers_are_kept_too_and_a_repeated_page_runs_no_statement()
    {
        using var gateway = await GatewayAsync(cached: true);
        using var client = gateway.CreateClient();
        using var log = new SqlStatementLog(gateway.Database);
        using var first = await client.GetAsync("/2.3.0/docking_events/?limit=5&ordering=-docking");
        var firstStatements = log.Statements.Count;
        log.Clear();

        using var second = await client.GetAsync("/2.3.0/docking_events/?limit=5&ordering=-docking");

        Assert.True(firstStatements > 0);
        Assert.Empty(log.Statements);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(ETag(first), ETag(second));
    }

    [SkippableFact]
    public async Task Without_it_a_repeated_GET_runs_its_statements_again()
    {
        using var gateway = await GatewayAsync(cached: false);
        using var client = gateway.CreateClient();
        using var log = new SqlStatementLog(gateway.Database);
        using var first = await SendAsync(client, Page);
        var firstStatements = log.Statements.Count;
        log.Clear();

        using var second = await SendAsync(client, Page);

        Assert.True(firstStatements > 0);
        Assert.Equal(firstStatements, log.Statements.Count);
    }

    [SkippableFact]
    public async Task An_answer_with_errors_is_not_kept()
    {
        using var gateway = await GatewayAsync(cached: true);
        using var client = gateway.CreateClient();
        var partly = Address("{ a: dockingEvents(first: 2) { nodes { id } } b: dockingEvents(first: 1000) { nodes { id } } }");
        using var log = new SqlStatementLog(gateway.Database);
        using var first = await SendAsync(client, partly);
        var firstStatements = log.Statements.Count;
        log.Clear();

        using var second = await SendAsync(client, partly);

        Assert.True(firstStatements > 0);
        Assert.Equal(firstStatements, log.Statements.Count);
        Assert.Null(ETag(second));
        Assert.Contains("HC0051", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_answer_larger_than_an_entry_may_be_is_answered_with_its_etag_but_not_kept()
    {
        using var gateway = await GatewayAsync(cached: true, ("Caching:ResponseCache:MaxEntryBytes", "1024"));
        using var client = gateway.CreateClient();
        using var log = new SqlStatementLog(gateway.Database);
        using var first = await SendAsync(client, Page);
        var firstStatements = log.Statements.Count;
        log.Clear();

        using var second = await SendAsync(client, Page);

        Assert.True((await second.Content.ReadAsByteArrayAsync()).Length > 1024);
        Assert.NotNull(ETag(second));
        Assert.Equal(firstStatements, log.Statements.Count);
    }

    [SkippableFact]
    public async Task After_an_import_the_kept_answer_is_not_served_again()
    {
        using var gateway = await GatewayAsync(cached: true);
        using var client = gateway.CreateClient();
        var count = Address("{ dockingEvents { totalCount } }");
        using var before = await SendAsync(client, count);

        await gateway.ImportAsync(GeneratedDockingData.Page(30));
        using var after = await SendAsync(client, count);

        Assert.Contains("\"totalCount\":20", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"totalCount\":30", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_configured_cache_control_is_what_a_validated_answer_says()
    {
        using var gateway = await GatewayAsync(cached: true, ("Caching:CacheControl", "public, max-age=60"));
        using var client = gateway.CreateClient();

        using var response = await SendAsync(client, Page);

        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
    }

    private async Task<CachingGateway> GatewayAsync(bool cached, params (string Key, string Value)[] more)
    {
        Stores.SkipWithout(provider);
        var gateway = new CachingGateway(provider, [("Caching:ResponseCache:Enabled", cached ? "true" : "false"), .. more]);
        await gateway.ImportAsync(GeneratedDockingData.Page(20));
        return gateway;
    }

    public sealed class OnSqlite() : ResponseCacheTests(StoreProvider.Sqlite)
    {
    }

    public sealed class OnPostgreSql() : ResponseCacheTests(StoreProvider.PostgreSQL)
    {
    }
}
