using System.Text.Encodings.Web;
using DockingGraph.Execution.Limits;

namespace DockingGraph.Execution;

/// <summary>How answers are written as JSON, by GraphQL.NET's serializer and by compiled plans alike.</summary>
public static class ResponseJson
{
    /// <summary>
    /// Text stays as it is (天宫, Мир, Chang'e, &lt;, &amp;) instead of \uXXXX escapes, as HotChocolate
    /// writes it: smaller answers, less to write. JSON needs only quotes, backslashes and control
    /// characters escaped; the HTML-sensitive ones are escaped by default only for JSON pasted into
    /// a page, and answers are served as JSON with nosniff, never as HTML.
    /// </summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>
    /// An answer nests at most an object and a list per field (the schema has no lists of lists),
    /// and fields nest at most <see cref="GraphLimits.MaxParserDepthCeiling"/> deep: System.Text.Json's
    /// default of 64 levels would fail a deep answer that the limits admit.
    /// </summary>
    public const int MaxDepth = (2 * GraphLimits.MaxParserDepthCeiling) + 8;
}
