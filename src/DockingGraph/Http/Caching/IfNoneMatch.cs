using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DockingGraph.Http.Caching;

/// <summary><c>If-None-Match</c> on a GET, as RFC 9110 (13.1.2) has it: <c>*</c> or a list of entity tags, compared weakly.</summary>
internal static class IfNoneMatch
{
    /// <returns>
    /// The entity tag as the client holds it when one matches <paramref name="tag"/> (a 304 carries
    /// that form back), else null: no match, <c>*</c> (see <see cref="IsAny"/>), or a field that
    /// does not parse, which is then ignored as the RFC allows.
    /// </returns>
    public static string? Match(StringValues field, string tag)
    {
        if (field.Count == 0 || !EntityTagHeaderValue.TryParseList(field, out var held))
        {
            return null;
        }

        var ours = new EntityTagHeaderValue(tag);

        // Weak comparison: W/ aside, the same opaque tag (a compressed answer's tag is weak).
        return held.FirstOrDefault(candidate => !IsStar(candidate) && candidate.Compare(ours, useStrongComparison: false))?.ToString();
    }

    /// <summary>
    /// <c>*</c>: any current answer matches. Whether the answer is one with a validator (no errors)
    /// is known only once it has run, so <c>*</c> is a 304 after execution, not before.
    /// </summary>
    public static bool IsAny(StringValues field) =>
        field.Count > 0 && EntityTagHeaderValue.TryParseList(field, out var held) && held.Any(IsStar);

    private static bool IsStar(EntityTagHeaderValue candidate) => candidate.Tag.Equals("*");
}
