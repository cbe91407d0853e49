using DockingGraph.Values;

namespace DockingGraph.Execution.Scalars;

/// <summary>An ISO-8601 duration, printed exactly as LL2 prints it (<c>P108DT4H24M37S</c>, <c>P0D</c>).</summary>
public sealed class DurationScalar() : TextScalar<TimeSpan>("Duration")
{
    protected override string Format(TimeSpan value) => Iso8601Duration.Format(value);

    protected override bool TryParse(string text, out TimeSpan value) => Iso8601Duration.TryParse(text, out value);
}
