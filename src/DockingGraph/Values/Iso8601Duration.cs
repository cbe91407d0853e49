using System.Globalization;
using System.Text;
using System.Xml;

namespace DockingGraph.Values;

/// <summary>
/// ISO-8601 durations exactly as LL2 prints them: zero components are left out
/// (<c>P108DT4H24M37S</c>, <c>PT5H56M54S</c>) and an empty duration is <c>P0D</c>, where .NET's
/// own <see cref="XmlConvert"/> would print <c>PT0S</c>.
/// </summary>
public static class Iso8601Duration
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        try
        {
            value = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            value = default;
            return false;
        }
        catch (OverflowException)
        {
            value = default;
            return false;
        }
    }

    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "P0D";
        }

        var text = new StringBuilder();
        if (value < TimeSpan.Zero)
        {
            text.Append('-');
            value = value.Duration();
        }

        text.Append('P');
        if (value.Days != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{value.Days}D");
        }

        var fraction = value.Ticks % TimeSpan.TicksPerSecond;
        if (value.Hours != 0 || value.Minutes != 0 || value.Seconds != 0 || fraction != 0)
        {
            text.Append('T');
            if (value.Hours != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{value.Hours}H");
            }

            if (value.Minutes != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{value.Minutes}M");
            }

            if (value.Seconds != 0 || fraction != 0)
            {
                text.Append(value.Seconds.ToString(CultureInfo.InvariantCulture));
                if (fraction != 0)
                {
                    text.Append('.').Append(fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                text.Append('S');
            }
        }

        return text.ToString();
    }
}
