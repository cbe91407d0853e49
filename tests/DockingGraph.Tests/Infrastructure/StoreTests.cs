using DockingGraph.Storage;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// A suite that runs once per store: each test class has an <c>OnSqlite</c> and an
/// <c>OnPostgreSql</c> variant. Where there are no PostgreSQL binaries, the PostgreSQL variant's
/// tests are skipped, saying why.
/// </summary>
public abstract class StoreTests<TGateway>(TGateway gateway)
    where TGateway : GatewayFactory
{
    protected TGateway Gateway
    {
        get
        {
            Stores.SkipWithout(gateway.Provider);
            return gateway;
        }
    }
}

public static class Stores
{
    /// <summary>Skips the test, saying why, where the store cannot run here.</summary>
    public static void SkipWithout(StoreProvider provider) =>
        Skip.If(provider == StoreProvider.PostgreSQL && PostgresServer.Unavailable is not null, PostgresServer.Unavailable);
}
