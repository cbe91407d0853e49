using System.Globalization;

namespace DockingGraph.Mirror;

/// <summary>
/// A timestamp in a URL as Django's <c>DateTimeField</c> reads it (ISO 8601 with <c>T</c> or a
/// space, to the minute, second or fraction, with <c>Z</c>, an offset or neither; a date alone;
/// Django's <c>m/d/Y</c> input formats), in UTC: a value without an offset is UTC, LL2's zone.
/// </summary>
internal static class Ll2Timestamp
{
    private static readonly string[] Formats = [.. Times().SelectMany(time => new[] { time, time + "K" })];

    public static bool TryParse(string text, out DateTime value) =>
        DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);

    private static IEnumerable<string> Times()
    {
        foreach (var date in (string[])["yyyy-MM-dd", "M/d/yyyy", "M/d/yy"])
        {
            yield return date;
            foreach (var separator in date.StartsWith('y') ? ["'T'", " "] : new[] { " " })
            {
                foreach (var clock in (string[])["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"])
                {
                    yield return date + separator + clock;
                }
            }
        }
    }
}
