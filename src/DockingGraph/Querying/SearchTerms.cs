using System.Text;
using System.Text.RegularExpressions;
using GraphQL;

namespace DockingGraph.Querying;

/// <summary>
/// The terms of a <c>search</c> value, split as Django REST Framework's SearchFilter splits LL2's
/// <c>?search=</c> (its <c>search_smart_split</c> over Django's <c>smart_split</c>): on whitespace,
/// keeping a quoted phrase (<c>"Progress MS"</c>, or in single quotes) together as one term without
/// its quotes; then an unquoted token is split on commas, and empty pieces are dropped.
/// </summary>
public static partial class SearchTerms
{
    public static IReadOnlyList<string> Split(string? search)
    {
        if (string.IsNullOrEmpty(search))
        {
            return [];
        }

        if (search.Contains('\0', StringComparison.Ordinal))
        {
            // DRF's CharField refuses null characters with a 400.
            throw new ExecutionError("`search` must not contain null characters.") { Code = FilteringErrorCodes.InvalidSearch };
        }

        var terms = new List<string>();
        foreach (Match match in SmartSplit().Matches(search))
        {
            var term = match.Value.Trim(',');
            if (term.Length > 0 && term[0] is '"' or '\'' && term[0] == term[^1])
            {
                terms.Add(Unquote(term));
                continue;
            }

            terms.AddRange(term.Split(',').Where(piece => piece.Length > 0).Select(piece => piece.Trim()));
        }

        return terms;
    }

    /// <summary>Django's <c>unescape_string_literal</c>: the quotes off, <c>\"</c> and <c>\\</c> unescaped.</summary>
    private static string Unquote(string term)
    {
        var quote = term[0];
        var inner = term.Length >= 2 ? term[1..^1] : "";
        return new StringBuilder(inner).Replace($"\\{quote}", quote.ToString()).Replace("\\\\", "\\").ToString();
    }

    /// <summary>Django's <c>smart_split_re</c>: runs of non-space characters in which quoted strings (with their spaces and escapes) are kept whole.</summary>
    [GeneratedRegex("""((?:[^\s'"]*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')[^\s'"]*)+)|\S+)""")]
    private static partial Regex SmartSplit();
}
