using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DockingGraph.Storage;

/// <summary>
/// Part of <c>/health/ready</c>: this instance has reached its store, migrated it and done the
/// first-start import (or found it done by another instance).
/// </summary>
public sealed class StoreReadiness : IHealthCheck
{
    private volatile bool prepared;

    public void MarkPrepared() => prepared = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(prepared
            ? HealthCheckResult.Healthy("store migrated and first import done")
            : HealthCheckResult.Unhealthy("the store is not prepared yet (migration and first import)"));
}
