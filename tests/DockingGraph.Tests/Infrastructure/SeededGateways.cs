namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// One seeded gateway on SQLite shared by every test class that only reads the seeds through it
/// (the classes of a collection run one after another, so statement counts stay each test's own).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SeededGatewayOnSqlite : ICollectionFixture<GatewayFactory>
{
    public const string Name = "seeded gateway on SQLite";
}

/// <summary>One seeded gateway on PostgreSQL shared by every test class that only reads the seeds through it.</summary>
[CollectionDefinition(Name)]
public sealed class SeededGatewayOnPostgreSql : ICollectionFixture<PostgresGatewayFactory>
{
    public const string Name = "seeded gateway on PostgreSQL";
}
