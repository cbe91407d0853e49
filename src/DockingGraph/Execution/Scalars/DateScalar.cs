using System.Globalization;

namespace DockingGraph.Execution.Scalars;

/// <summary>A calendar date without a time (<c>yyyy-MM-dd</c>), as LL2 gives <c>maiden_flight</c>.</summary>
public sealed class DateScalar() : TextScalar<DateOnly>("Date")
{
    private const string Pattern = "yyyy-MM-dd";

    protected override string Format(DateOnly value) => value.ToString(Pattern, CultureInfo.InvariantCulture);

    protected override bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
