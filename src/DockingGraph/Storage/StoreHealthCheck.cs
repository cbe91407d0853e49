using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DockingGraph.Storage;

/// <summary>The store answers: <c>/health</c> is unhealthy when the database cannot be reached.</summary>
internal sealed class StoreHealthCheck(IDbContextFactory<DockingDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"the store ({db.Database.ProviderName}) cannot be reached");
    }
}
