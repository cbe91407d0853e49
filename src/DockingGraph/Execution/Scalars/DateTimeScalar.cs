using DockingGraph.Values;

namespace DockingGraph.Execution.Scalars;

/// <summary>LL2 timestamps: out as <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC); in as any ISO-8601 date-time, UTC when it has no offset.</summary>
public sealed class DateTimeScalar() : TextScalar<DateTime>("DateTime")
{
    protected override string Format(DateTime value) => UtcTimestamp.Format(value);

    protected override bool TryParse(string text, out DateTime value) => UtcTimestamp.TryParse(text, out value);

    protected override DateTime Normalize(DateTime value) => value.ToUniversalTime();
}
