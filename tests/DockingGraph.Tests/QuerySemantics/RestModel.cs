using System.Globalization;
using System.Text;

namespace DockingGraph.Tests.QuerySemantics;

/// <summary>
/// LL2's REST semantics for <c>/docking_events/</c>, written again in the test from the endpoint's
/// documentation and Django REST Framework's SearchFilter, independently of the gateway: which
/// records a query string selects, and in which order.
/// </summary>
public static class RestModel
{
    public static List<ModelEvent> Evaluate(IReadOnlyList<ModelEvent> events, IReadOnlyDictionary<string, string> query)
    {
        IEnumerable<ModelEvent> selected = events;
        foreach (var (name, value) in query)
        {
            selected = name switch
            {
                "docking__gt" => selected.Where(e => e.Docking > Instant(value)),
                "docking__gte" => selected.Where(e => e.Docking >= Instant(value)),
                "docking__lt" => selected.Where(e => e.Docking < Instant(value)),
                "docking__lte" => selected.Where(e => e.Docking <= Instant(value)),
                "docking_location__id" => selected.Where(e => e.LocationId == int.Parse(value, CultureInfo.InvariantCulture)),
                "flight_vehicle_chaser__id" or "flight_vehicle__id" => selected.Where(e => e.ChaserFlightId == int.Parse(value, CultureInfo.InvariantCulture)),
                "space_station_target__id" or "space_station__id" => selected.Where(e => e.TargetStationId == int.Parse(value, CultureInfo.InvariantCulture)),
                "search" => Search(selected, value),
                "ordering" => selected,
                _ => throw new ArgumentException($"not an LL2 docking event parameter: {name}"),
            };
        }

        var ordering = query.TryGetValue("ordering", out var keys) ? keys.Split(',') : [];
        return [.. selected.Order(Comparer<ModelEvent>.Create((a, b) => Compare(a, b, ordering)))];
    }

    /// <summary>SearchFilter: every term in some field, ignoring case; an empty search is no filter.</summary>
    private static IEnumerable<ModelEvent> Search(IEnumerable<ModelEvent> events, string search)
    {
        var terms = Terms(search);
        return events.Where(e => terms.All(term => e.SearchFields.Any(field =>
            field is not null && CultureInfo.InvariantCulture.CompareInfo.IndexOf(field, term, CompareOptions.IgnoreCase) >= 0)));
    }

    /// <summary>
    /// DRF's search_smart_split: whitespace separates tokens, but a quoted part (double or single
    /// quotes, backslash escapes) keeps its spaces; a token's commas at both ends go; a token that
    /// is wholly quoted is one term without its quotes; any other token splits on commas.
    /// </summary>
    public static List<string> Terms(string search)
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        for (var i = 0; i < search.Length; i++)
        {
            var c = search[i];
            if (char.IsWhiteSpace(c))
            {
                Flush();
                continue;
            }

            var close = (c is '"' or '\'') ? ClosingQuote(search, i) : -1;
            if (close > 0)
            {
                token.Append(search, i, close - i + 1);
                i = close;
            }
            else
            {
                token.Append(c);
            }
        }

        Flush();
        var terms = new List<string>();
        foreach (var raw in tokens)
        {
            var trimmed = raw.Trim(',');
            if (trimmed.Length > 0 && (trimmed[0] == '"' || trimmed[0] == '\'') && trimmed[^1] == trimmed[0])
            {
                var quote = trimmed[0].ToString();
                terms.Add((trimmed.Length > 1 ? trimmed[1..^1] : "").Replace("\\" + quote, quote, StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal));
            }
            else
            {
                terms.AddRange(trimmed.Split(',').Where(p => p.Length > 0).Select(p => p.Trim()));
            }
        }

        return terms;

        void Flush()
        {
            if (token.Length > 0)
            {
                tokens.Add(token.ToString());
                token.Clear();
            }
        }
    }

    /// <summary>Where the quoted part opened at <paramref name="open"/> ends, or -1 when it never does (then the quote is an ordinary character).</summary>
    private static int ClosingQuote(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == text[open])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>PostgreSQL's order: a null is greater than every value (last ascending, first descending); then by id.</summary>
    private static int Compare(ModelEvent a, ModelEvent b, IEnumerable<string> ordering)
    {
        foreach (var key in ordering)
        {
            var descending = key.StartsWith('-');
            var (x, y) = key.TrimStart('-') switch
            {
                "docking" => ((IComparable?)a.Docking, (IComparable?)b.Docking),
                "departure" => (a.Departure, b.Departure),
                "id" => (a.Id, b.Id),
                var other => throw new ArgumentException($"LL2 does not order docking events by {other}"),
            };
            var order = (x, y) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                _ => x.CompareTo(y),
            };
            if (order != 0)
            {
                return descending ? -order : order;
            }
        }

        return a.Id.CompareTo(b.Id);
    }

    private static DateTime Instant(string value) =>
        DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
