using System.Globalization;
using System.Text;

namespace DockingGraph.Mirror;

/// <summary>
/// Another page of a list, as DRF's <c>LimitOffsetPagination</c> writes its <c>next</c> and
/// <c>previous</c>: the request's address with <c>limit</c> and <c>offset</c> set (no <c>offset</c>
/// for the first page), its parameters sorted by name and encoded as Python's <c>urlencode</c> does.
/// </summary>
internal static class Ll2PageAddress
{
    /// <summary>The page of <paramref name="limit"/> records from <paramref name="offset"/>, from the request's host (the forwarded one where a proxy is trusted).</summary>
    public static string Of(HttpRequest request, int limit, long offset)
    {
        var parameters = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Query)
        {
            parameters[name] = [.. values.Select(v => v ?? "")];
        }

        parameters["limit"] = [limit.ToString(CultureInfo.InvariantCulture)];
        if (offset > 0)
        {
            parameters["offset"] = [offset.ToString(CultureInfo.InvariantCulture)];
        }
        else
        {
            parameters.Remove("offset");
        }

        var address = new StringBuilder($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?");
        foreach (var (name, values) in parameters)
        {
            foreach (var value in values)
            {
                address.Append(QuotePlus(name)).Append('=').Append(QuotePlus(value)).Append('&');
            }
        }

        return address.ToString(0, address.Length - 1);
    }

    /// <summary>Python's <c>quote_plus</c>: letters, digits and <c>_.-~</c> as they are, a space as <c>+</c>, the rest as <c>%XX</c> of UTF-8.</summary>
    private static string QuotePlus(string text) => Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal);
}
