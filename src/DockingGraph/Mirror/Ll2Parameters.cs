using System.Globalization;
using DockingGraph.Querying;
using Microsoft.Extensions.Primitives;

namespace DockingGraph.Mirror;

/// <summary>
/// LL2's query parameters as the graph's arguments: the one table from an LL2 URL to a
/// <c>dockingEvents</c> request, read the way DRF and django-filter read them. A filter whose
/// value does not parse is DRF's 400, naming the parameter; an empty one is no filter; a
/// parameter the version does not have is ignored; <c>limit</c> and <c>offset</c> that do not
/// parse fall back to their defaults, and <c>limit</c> is cut at 100 (DRF's
/// <c>LimitOffsetPagination</c>); <c>ordering</c> keeps the fields the version orders by and
/// drops the rest (DRF's <c>OrderingFilter</c>).
/// </summary>
internal static class Ll2Parameters
{
    private const string Version230 = "2.3.0";
    private const string Version220 = "2.2.0";

    /// <summary>Each filter: its parameter, the versions that have it, and where it goes in the graph's <c>where</c>.</summary>
    private static readonly Ll2Filter[] Filters =
    [
        new("docking__gt", [Version230], ["docking", "gt"], Ll2FilterValue.Timestamp),
        new("docking__gte", [Version230], ["docking", "gte"], Ll2FilterValue.Timestamp),
        new("docking__lt", [Version230], ["docking", "lt"], Ll2FilterValue.Timestamp),
        new("docking__lte", [Version230], ["docking", "lte"], Ll2FilterValue.Timestamp),
        new("docking_location__id", [Version230, Version220], ["dockingLocation", "id"], Ll2FilterValue.Number),
        new("flight_vehicle_chaser__id", [Version230], ["flightVehicleChaser", "id"], Ll2FilterValue.Number),
        new("space_station_target__id", [Version230], ["spaceStationTarget", "id"], Ll2FilterValue.Number),
        new("flight_vehicle__id", [Version220], ["flightVehicleChaser", "id"], Ll2FilterValue.Number),
        new("space_station__id", [Version220], ["spaceStationTarget", "id"], Ll2FilterValue.Number),
    ];

    /// <summary>The fields <c>ordering</c> takes in each version, as the graph's sort fields.</summary>
    private static readonly Dictionary<string, string[]> Orderings = new()
    {
        [Version230] = ["departure", "docking"],
        [Version220] = ["id", "docking", "departure"],
    };

    /// <summary>The parameters a version reads (beyond <c>format</c>), for the OpenAPI document and the tests.</summary>
    public static IEnumerable<string> Of(string version) =>
        Filters.Where(f => f.Versions.Contains(version)).Select(f => f.Parameter).Concat(["search", "ordering", "limit", "offset", "mode"]);

    /// <summary>What a parameter does, for the OpenAPI document.</summary>
    public static string Describe(string parameter) => parameter switch
    {
        "search" => "Every term (split on spaces and commas; a quoted phrase is one term) is found, case-insensitively, in a name of the location, the chaser or the target.",
        "ordering" => "Fields to order by, comma-separated, each descending with a leading '-'; fields the version does not order by are ignored.",
        "limit" => "Records per page: 10 unless a whole number from 1; at most 100.",
        "offset" => "Records to pass over first: 0 unless a whole number.",
        "mode" => "normal, or detailed for the detail pages' records.",
        "format" => "json or api (both answer JSON); any other is a 404.",
        _ => Filters.Single(f => f.Parameter == parameter) switch
        {
            { Value: Ll2FilterValue.Timestamp, Where: var where } => $"Docking time {where[1]} this instant (ISO 8601; without an offset, UTC).",
            { Where: var where } => $"The {where[0]}'s id.",
        },
    };

    /// <summary>The graph's arguments for a list request, or the parameters whose values do not parse, with DRF's messages.</summary>
    public static Ll2ListArguments Read(IQueryCollection query, string version)
    {
        var where = new Dictionary<string, object?>();
        var errors = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var filter in Filters.Where(f => f.Versions.Contains(version)))
        {
            if (Last(query, filter.Parameter) is not { Length: > 0 } text)
            {
                continue;
            }

            if (filter.Read(text) is { } value)
            {
                Set(where, filter.Where, value);
            }
            else
            {
                errors[filter.Parameter] = [filter.Value == Ll2FilterValue.Timestamp ? "Enter a valid date/time." : "Enter a number."];
            }
        }

        var order = Ordering(Last(query, "ordering"), Orderings[version]);
        var search = Last(query, "search");
        return new Ll2ListArguments(
            errors.Count > 0 ? errors : null,
            where.Count > 0 ? where : null,
            order,
            string.IsNullOrWhiteSpace(search) ? null : search,
            PositiveInt(Last(query, "limit"), strict: true) is { } limit ? Math.Min(limit, PagingArguments.MaxPageSize) : PagingArguments.DefaultPageSize,
            PositiveInt(Last(query, "offset"), strict: false) ?? 0,
            Detailed: Last(query, "mode") == "detailed");
    }

    /// <summary>A query parameter's value as Django reads one: the last given.</summary>
    public static string? Last(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    /// <summary>DRF's <c>_positive_int</c>: a whole number, not negative (not zero when strict); null for anything else.</summary>
    private static int? PositiveInt(string? text, bool strict) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= (strict ? 1 : 0) ? value : null;

    /// <summary>
    /// <c>-departure,docking</c> as the graph's <c>order</c>: the fields the version orders by, in
    /// order; null when none is (the default order). A field named again adds nothing to Django's
    /// <c>ORDER BY</c> (its first mention decides), so only the first is kept: a long list of
    /// repeats is answered as Django answers it, not refused by the graph's bound on sort keys.
    /// </summary>
    private static List<object?>? Ordering(string? text, string[] fields)
    {
        var order = new List<object?>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var field = term.TrimStart('-');
            if (fields.Contains(field, StringComparer.Ordinal) && named.Add(field))
            {
                order.Add(new Dictionary<string, object?> { [field] = term.StartsWith('-') ? "DESC" : "ASC" });
            }
        }

        return order.Count > 0 ? order : null;
    }

    private static void Set(Dictionary<string, object?> where, string[] path, object value)
    {
        var level = where;
        foreach (var step in path[..^1])
        {
            if (level.GetValueOrDefault(step) is not Dictionary<string, object?> next)
            {
                level[step] = next = [];
            }

            level = next;
        }

        level[path[^1]] = value;
    }

    private enum Ll2FilterValue
    {
        /// <summary>django-filter's <c>DateTimeFilter</c>: the value is the operator's.</summary>
        Timestamp,

        /// <summary>django-filter's <c>NumberFilter</c> on an id: the graph's <c>eq</c>.</summary>
        Number,
    }

    private sealed record Ll2Filter(string Parameter, string[] Versions, string[] Where, Ll2FilterValue Value)
    {
        /// <summary>The graph's value for <paramref name="text"/>, or null when Django would not take it.</summary>
        public object? Read(string text)
        {
            if (Value == Ll2FilterValue.Timestamp)
            {
                return Ll2Timestamp.TryParse(text, out var instant) ? instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture) : null;
            }

            if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            // A number that is no id (1.5, or past an int) is a filter nothing passes, as in SQL.
            return decimal.IsInteger(number) && number is >= int.MinValue and <= int.MaxValue
                ? new Dictionary<string, object?> { ["eq"] = (int)number }
                : new Dictionary<string, object?> { ["in"] = new List<object?>() };
        }
    }
}

/// <summary>A list request's arguments for the graph, or its errors.</summary>
/// <param name="Errors">DRF's 400 body: each parameter that did not parse, with its messages; null when none.</param>
internal sealed record Ll2ListArguments(
    IReadOnlyDictionary<string, string[]>? Errors,
    Dictionary<string, object?>? Where,
    List<object?>? Order,
    string? Search,
    int Limit,
    int Offset,
    bool Detailed);
