using System.Globalization;
using System.Text;

namespace DockingGraph.Generator;

/// <summary>Values printed the way LL2 prints them.</summary>
internal static class Ll2Text
{
    public const string Api = "https://ll.thespacedevs.com/2.3.0/";
    public const string Media = "https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/";

    public static CultureInfo Invariant => CultureInfo.InvariantCulture;

    public static string Url(string collection, int id) => string.Create(Invariant, $"{Api}{collection}/{id}/");

    public static string Timestamp(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Invariant);

    /// <summary>ISO-8601 with zero components left out (<c>P4DT11H32M2S</c>, <c>PT5H56M54S</c>) and <c>P0D</c> for nothing, as LL2 does.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span <= TimeSpan.Zero)
        {
            return "P0D";
        }

        var text = new StringBuilder("P");
        if (span.Days > 0)
        {
            text.Append(Invariant, $"{span.Days}D");
        }

        if (span.Hours + span.Minutes + span.Seconds > 0)
        {
            text.Append('T');
            Part(text, span.Hours, 'H');
            Part(text, span.Minutes, 'M');
            Part(text, span.Seconds, 'S');
        }

        return text.ToString();
    }

    /// <summary>Django's slugify: ASCII letters and digits, everything else a single hyphen.</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    /// <summary>A launch id: a version-4-shaped UUID from two draws.</summary>
    public static string Uuid(Dice dice)
    {
        var (a, b) = (dice.Next(), dice.Next());
        return string.Create(Invariant, $"{a >> 32:x8}-{(a >> 16) & 0xFFFF:x4}-4{a & 0xFFF:x3}-{0x8000 | ((b >> 48) & 0x3FFF):x4}-{b & 0xFFFFFFFFFFFF:x12}");
    }

    private static void Part(StringBuilder text, int value, char unit)
    {
        if (value > 0)
        {
            text.Append(Invariant, $"{value}{unit}");
        }
    }
}
