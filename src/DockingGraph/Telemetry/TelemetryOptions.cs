namespace DockingGraph.Telemetry;

/// <summary>Configuration section <c>Telemetry</c>; OTLP export follows OpenTelemetry's own <c>OTEL_EXPORTER_OTLP_*</c> settings.</summary>
public sealed class TelemetryOptions
{
    /// <summary>Serve the metrics for Prometheus to scrape at <c>/metrics</c>.</summary>
    public bool Prometheus { get; set; }

    /// <summary>Make traces though no OTLP endpoint is set (for a host that adds an exporter of its own); with one set, traces are made anyway.</summary>
    public bool Traces { get; set; }

    /// <summary>Distinct operation names the metrics are tagged with; later names count as <c>(other)</c>.</summary>
    public int MaxOperationNames { get; set; } = 100;
}
