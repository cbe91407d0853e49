using System.Text.Json;
using DockingGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// <c>GraphQL:ExecutionTimeout</c> cancels a request and the statement it waits for: the client
/// gets HotChocolate's HC0045, never a hung socket, and the store stops working on it.
/// </summary>
public sealed class ExecutionTimeoutTests
{
    /// <summary>Counts to a billion in SQLite: minutes of work unless interrupted.</summary>
    private const string RunawaySqlite = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) AS \"Value\" FROM c";

    [Fact]
    public async Task A_slow_SQLite_statement_is_interrupted_when_its_request_is_cancelled()
    {
        using var store = new TestStore(StoreProvider.Sqlite);
        await using var db = await store.Contexts.CreateDbContextAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var stopped = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.SqlQueryRaw<long>(RunawaySqlite).ToListAsync(cancel.Token));

        // SQLite's own word for it: interrupted (SQLITE_INTERRUPT), or the cancellation itself.
        Assert.True(stopped is OperationCanceledException || stopped is SqliteException { SqliteErrorCode: 9 }, stopped.ToString());
    }

    [SkippableFact]
    public async Task A_slow_PostgreSQL_statement_is_cancelled_when_its_request_is_cancelled()
    {
        Stores.SkipWithout(StoreProvider.PostgreSQL);
        using var store = new TestStore(StoreProvider.PostgreSQL);
        await using var db = await store.Contexts.CreateDbContextAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\" FROM pg_sleep(60)").ToListAsync(cancel.Token));
    }

    [SkippableFact]
    public async Task A_request_waiting_past_the_timeout_is_answered_with_HC0045_and_its_statement_cancelled()
    {
        Stores.SkipWithout(StoreProvider.PostgreSQL);
        using var gateway = new TimedGateway();
        await gateway.DataAsync("{ __typename }");

        // Another session holds the events table: the gateway's statement waits for it.
        await using var holder = new NpgsqlConnection(gateway.ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE \"DockingEvents\" IN ACCESS EXCLUSIVE MODE", holder, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var result = await gateway.QueryAsync("{ dockingEvents { totalCount } }");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0045", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(!result.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null, result.ToString());
        Assert.Equal(0, await WaitingStatementsAsync(holder, transaction));

        await transaction.RollbackAsync();
        Assert.Equal(19, (await gateway.DataAsync("{ dockingEvents { totalCount } }")).GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
    }

    /// <summary>Statements of other sessions still waiting for a lock (the cancel reaches the server a moment after the answer).</summary>
    private static async Task<long> WaitingStatementsAsync(NpgsqlConnection holder, NpgsqlTransaction transaction)
    {
        long waiting = -1;
        for (var attempt = 0; attempt < 50 && waiting != 0; attempt++)
        {
            await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'", holder, transaction);
            waiting = (long)(await count.ExecuteScalarAsync())!;
            if (waiting != 0)
            {
                await Task.Delay(100);
            }
        }

        return waiting;
    }

    private sealed class TimedGateway() : GatewayFactory(seed: true, StoreProvider.PostgreSQL)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:ExecutionTimeout", "00:00:01");
        }
    }
}
