using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace DockingGraph.Querying;

/// <summary>
/// The fields a <c>search</c> looks in, as Django REST Framework's SearchFilter searches them:
/// every term must match (and), a term matches when any field contains it (or),
/// case-insensitively for all of Unicode. The fields are the records' upper-cased copies of their
/// names (written with the name), matched in the database with <c>LIKE '%TERM%'</c> against the
/// upper-cased term, whose <c>%</c>, <c>_</c> and <c>\</c> are escaped to match themselves. Both
/// sides being upper case, SQLite's ASCII case folding in LIKE changes nothing, and PostgreSQL can
/// answer from its trigram indexes on the copies.
/// </summary>
/// <param name="description">Where the search looks, as the SDL's <c>search</c> argument says it (<c>the station's name</c>).</param>
public sealed class SearchFields<T>(string description, params Expression<Func<T, string?>>[] fields)
{
    private const string Escape = "\\";

    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    public string Description => description;

    /// <summary>How many fields each term is looked for in: the work of a search is terms times fields.</summary>
    public int FieldCount => fields.Length;

    /// <returns>The condition, or null for an empty search (no filter).</returns>
    public Expression<Func<T, bool>>? Predicate(string? search)
    {
        var terms = SearchTerms.Split(search);
        if (terms.Count == 0)
        {
            return null;
        }

        var record = Expression.Parameter(typeof(T), "record");
        var everyTerm = BalancedExpression.Combine(
            [.. terms.Select(term => BalancedExpression.Combine(
                [.. fields.Select(field => Matches(ReplacingExpressionVisitor.Replace(field.Parameters[0], record, field.Body), term.ToUpperInvariant()))],
                Expression.OrElse,
                Expression.Constant(false)))],
            Expression.AndAlso,
            Expression.Constant(true));
        return Expression.Lambda<Func<T, bool>>(everyTerm, record);
    }

    private static Expression Matches(Expression field, string term)
    {
        var pattern = $"%{term.Replace(Escape, Escape + Escape, StringComparison.Ordinal).Replace("%", Escape + "%", StringComparison.Ordinal).Replace("_", Escape + "_", StringComparison.Ordinal)}%";
        return Expression.Call(Like, Expression.Constant(EF.Functions), field, QueryParameter.Of(pattern), Expression.Constant(Escape));
    }
}
