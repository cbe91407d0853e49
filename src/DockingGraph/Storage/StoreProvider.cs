namespace DockingGraph.Storage;

/// <summary>Which store holds the data: configuration <c>Database:Provider</c>.</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite file: no set-up, one instance.</summary>
    Sqlite,

    /// <summary>PostgreSQL: the production store, for many stateless instances over one database.</summary>
    PostgreSQL,
}
