using DockingGraph.Startup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DockingGraph.Storage;

/// <summary>
/// Where the docking data lives: section <c>Database</c> and <c>ConnectionStrings:Docking</c>,
/// checked when the gateway starts (<see cref="Validator"/>): a bad value is one line naming the
/// setting and what it allows.
/// </summary>
public sealed class StoreOptions
{
    public const string Section = "Database";
    public const string ConnectionName = "Docking";
    public const string ConnectionSetting = $"ConnectionStrings:{ConnectionName}";

    /// <summary><c>Sqlite</c> (the default) or <c>PostgreSQL</c>; kept as text so that a wrong value is reported, not thrown while binding.</summary>
    public string? Provider { get; set; }

    /// <summary>How long a start waits for a PostgreSQL that is not up yet (compose starts them together).</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>On PostgreSQL, how many statements a connection keeps prepared (Npgsql's <c>Max Auto Prepare</c>; 0: none); a connection string that sets it wins.</summary>
    public int MaxAutoPrepare { get; set; } = 64;

    /// <summary>On PostgreSQL, how often a statement runs on a connection before it is prepared (Npgsql's <c>Auto Prepare Min Usages</c>; null: Npgsql's own, 5); a connection string that sets it wins.</summary>
    public int? AutoPrepareMinUsages { get; set; }

    /// <summary>
    /// On PostgreSQL, the session's <c>plan_cache_mode</c>, sent at connect (Npgsql's <c>Options</c>;
    /// <c>auto</c>: the server's own); a connection string whose <c>Options</c> sets it wins. A
    /// prepared statement with a parameter for its <c>LIMIT</c> is otherwise planned again on every
    /// run: its generic plan looks costlier than its custom ones, though it is the same plan, and
    /// planning a page that joins its to-one chain costs about as much as running it.
    /// </summary>
    public string PlanCacheMode { get; set; } = "force_generic_plan";

    /// <summary>The values <see cref="PlanCacheMode"/> takes: PostgreSQL's own.</summary>
    public static readonly IReadOnlyList<string> PlanCacheModes = ["auto", "force_generic_plan", "force_custom_plan"];

    /// <summary>From <c>ConnectionStrings:Docking</c>; without one, SQLite uses a file in the user's local data folder.</summary>
    public string? ConnectionString { get; set; }

    public StoreProvider ProviderKind =>
        string.IsNullOrWhiteSpace(Provider) ? StoreProvider.Sqlite : Enum.Parse<StoreProvider>(Provider, ignoreCase: true);

    /// <summary>The connection string to use: the configured one, or for SQLite the default file (its folder made on first use).</summary>
    public string EffectiveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "DockingGraph");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupFailureException($"the default SQLite folder {folder} cannot be made ({ex.Message}): set {ConnectionSetting} to a writable file, e.g. \"Data Source=/data/docking.db\"");
        }

        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "docking.db") }.ToString();
    }

    internal sealed class Validator : IValidateOptions<StoreOptions>
    {
        public ValidateOptionsResult Validate(string? name, StoreOptions options)
        {
            if (!string.IsNullOrWhiteSpace(options.Provider) && !Enum.TryParse<StoreProvider>(options.Provider, ignoreCase: true, out _))
            {
                return ValidateOptionsResult.Fail($"{Section}:Provider is \"{options.Provider}\"; allowed: {string.Join(", ", Enum.GetNames<StoreProvider>())}");
            }

            if (options.MaxAutoPrepare < 0)
            {
                return ValidateOptionsResult.Fail($"{Section}:MaxAutoPrepare must be 0 or more");
            }

            if (options.AutoPrepareMinUsages < 1)
            {
                return ValidateOptionsResult.Fail($"{Section}:AutoPrepareMinUsages must be 1 or more");
            }

            if (!PlanCacheModes.Contains(options.PlanCacheMode))
            {
                return ValidateOptionsResult.Fail($"{Section}:PlanCacheMode is \"{options.PlanCacheMode}\"; allowed: {string.Join(", ", PlanCacheModes)}");
            }

            if (options.StartupTimeout < TimeSpan.Zero)
            {
                return ValidateOptionsResult.Fail($"{Section}:StartupTimeout is {options.StartupTimeout}; allowed: a duration of zero or more, e.g. 00:00:30");
            }

            var provider = options.ProviderKind;
            if (provider == StoreProvider.PostgreSQL && string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                return ValidateOptionsResult.Fail($"{ConnectionSetting} is not set; {Section}:Provider PostgreSQL needs one, e.g. \"Host=db;Database=docking;Username=docking;Password=...\" (env ConnectionStrings__{ConnectionName})");
            }

            if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                try
                {
                    _ = provider == StoreProvider.PostgreSQL
                        ? (object)new NpgsqlConnectionStringBuilder(options.ConnectionString)
                        : new SqliteConnectionStringBuilder(options.ConnectionString);
                }
                catch (ArgumentException ex)
                {
                    return ValidateOptionsResult.Fail($"{ConnectionSetting} is not a valid {provider} connection string: {ex.Message}");
                }
            }

            return ValidateOptionsResult.Success;
        }
    }
}
