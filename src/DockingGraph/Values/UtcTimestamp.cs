using System.Globalization;

namespace DockingGraph.Values;

/// <summary>LL2 timestamps: ISO-8601, UTC. A value without an offset is taken as UTC.</summary>
public static class UtcTimestamp
{
    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static bool TryParse(string text, out DateTime value) =>
        DateTime.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
            out value);

    /// <summary>The one output form: <c>yyyy-MM-ddTHH:mm:ssZ</c>, as LL2 prints it.</summary>
    public static string Format(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString(OutputFormat, CultureInfo.InvariantCulture);
}
