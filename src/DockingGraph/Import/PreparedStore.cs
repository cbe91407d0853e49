namespace DockingGraph.Import;

/// <summary>A store made ready for use: which one it is, and the migrations applied to it on the way (none when it was up to date).</summary>
public sealed record PreparedStore(string Store, IReadOnlyList<string> AppliedMigrations)
{
    /// <summary>What <c>migrate</c> reports.</summary>
    public override string ToString() => AppliedMigrations.Count == 0
        ? $"The {Store} is up to date; no migration applied."
        : $"Applied {AppliedMigrations.Count} migration{(AppliedMigrations.Count == 1 ? "" : "s")} to the {Store}: {string.Join(", ", AppliedMigrations)}.";
}
