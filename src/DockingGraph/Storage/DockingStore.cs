using DockingGraph.Startup;
using DockingGraph.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DockingGraph.Storage;

/// <summary>
/// Where the docking data lives (<see cref="StoreOptions"/>): <c>Database:Provider</c>
/// (<c>Sqlite</c>, the default, or <c>PostgreSQL</c>) and <c>ConnectionStrings:Docking</c>. Both
/// stores' context factories are registered; the configured one is chosen when a context is first
/// asked for, so that a wrong setting is reported by the start-up check rather than thrown here.
/// </summary>
public static class DockingStore
{
#if DEBUG
    private const bool ThreadSafetyChecks = true;
#else
    private const bool ThreadSafetyChecks = false;
#endif

    public static IServiceCollection AddDockingStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.Section))
            .Configure(options => options.ConnectionString ??= configuration.GetConnectionString(StoreOptions.ConnectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptions.Validator>();
        services.AddSingleton<StoreConnectionString>();
        services.AddSingleton<StoreReadiness>();
        services.AddCheckedOptions<DataVersionOptions>(configuration, DataVersionOptions.Section)
            .Validate(DataVersionOptions.IsValid, "Caching:DataVersionRefreshInterval must be a duration from 1 ms to 1 day, e.g. 00:00:05");
        services.AddSingleton<CurrentDataVersion>();
        services.AddHostedService<DataVersionRefresh>();

        // Pooled: a request takes a context per batch, and a pooled one is reset rather than built
        // again (its services, its state manager) each time. A list of values (a batch's keys, an
        // `in` filter) goes as one parameter (SQLite's json_each, PostgreSQL's ANY), so that a
        // statement's SQL is made once: spread into a parameter per value, as EF Core 10 does by
        // default, EF Core would write the SQL again at every run, and each list length would be a statement of its own.
        services.AddPooledDbContextFactory<SqliteDockingDbContext>((provider, options) => Configure(options).UseSqlite(provider.GetRequiredService<StoreConnectionString>().Value, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).ReplaceService<IQuerySqlGeneratorFactory, SqliteNullsOrder.Factory>());
        services.AddPooledDbContextFactory<PostgresDockingDbContext>((provider, options) => Configure(options).UseNpgsql(ForManyShortContexts(provider.GetRequiredService<StoreConnectionString>().Value, provider.GetRequiredService<IOptions<StoreOptions>>().Value), npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)));
        services.AddSingleton<IDbContextFactory<DockingDbContext>, StoreContexts>();

        // For what expects a context per scope (the store's health check).
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<DockingDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>A description of the store for logs and errors (no credentials).</summary>
    public static string Describe(DockingDbContext db) =>
        db.Database.GetDbConnection() switch
        {
            SqliteConnection sqlite => $"SQLite file {Path.GetFullPath(sqlite.DataSource)}",
            var connection => $"PostgreSQL database {connection.Database} on {connection.DataSource}",
        };

    /// <summary>
    /// Every batch of a request has a context of its own, so a pooled connection is opened and
    /// returned many times a request. Unless the connection string says otherwise, Npgsql is told
    /// not to reset a connection on its return (a <c>DISCARD ALL</c> round trip each time; the
    /// gateway sets no session state, and releases its advisory locks itself) and to prepare the
    /// statements it sees repeatedly, which then stay prepared on their connection
    /// (<c>Database:MaxAutoPrepare</c>, <c>Database:AutoPrepareMinUsages</c>), each planned once
    /// (<c>Database:PlanCacheMode</c>).
    /// </summary>
    public static string ForManyShortContexts(string connectionString, StoreOptions? options = null)
    {
        options ??= new StoreOptions();
        // The keys as given (Npgsql's own builder says whether a key is known, not whether it is set).
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(key => key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("NORESETONCLOSE"))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.Contains("MAXAUTOPREPARE"))
        {
            builder.MaxAutoPrepare = options.MaxAutoPrepare;
        }

        if (!given.Contains("AUTOPREPAREMINUSAGES") && options.AutoPrepareMinUsages is { } usages)
        {
            builder.AutoPrepareMinUsages = usages;
        }

        if (options.PlanCacheMode != "auto" && builder.Options?.Contains("plan_cache_mode", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = $"{builder.Options} -c plan_cache_mode={options.PlanCacheMode}".TrimStart();
        }

        return builder.ToString();
    }

    /// <summary>The connection string, resolved once (the default SQLite file's folder is made then).</summary>
    private sealed class StoreConnectionString(IOptions<StoreOptions> options)
    {
        private readonly Lazy<string> value = new(options.Value.EffectiveConnectionString);

        public string Value => value.Value;
    }

    private static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) =>
        options
            // EF Core's check that no two operations share a context at once sets an AsyncLocal at
            // every row it reads. Every context here serves one batch load and is never shared
            // (the engine's siblings run in parallel, each on a context of its own), so a Release
            // build leaves the check out; the tests, a Debug build, keep it and would catch a
            // context shared by mistake.
            .EnableThreadSafetyChecks(ThreadSafetyChecks)

            // A connection that fails is reported where it matters (the start's one line and its
            // waits, a masked GraphQL error logged with its trace id, the health check), not also
            // as an error with a stack trace from inside EF Core at every attempt.
            .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.ConnectionError, LogLevel.Debug)))

            // Every statement counts toward its request's metric, and stops when its request is cancelled.
            .AddInterceptors(SqlStatementCounter.Interceptor, StoreCancellation.Interceptor);

    /// <summary>The configured store's contexts, handed out as the model's base type; the store is chosen at the first context.</summary>
    private sealed class StoreContexts(IServiceProvider provider) : IDbContextFactory<DockingDbContext>
    {
        private readonly Lazy<Func<DockingDbContext>> create = new(() =>
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.ProviderKind == StoreProvider.PostgreSQL
                ? provider.GetRequiredService<IDbContextFactory<PostgresDockingDbContext>>().CreateDbContext
                : provider.GetRequiredService<IDbContextFactory<SqliteDockingDbContext>>().CreateDbContext);

        public DockingDbContext CreateDbContext() => create.Value();
    }
}
