using System.Linq.Expressions;
using System.Reflection;
using DockingGraph.Graph.Paging;

namespace DockingGraph.Graph.Searching;

/// <summary>
/// The fields a <c>search</c> looks in, as Django REST Framework's SearchFilter searches them:
/// every term must match (and), a term matches when any field contains it (or),
/// case-insensitively for all of Unicode. The fields are the records' upper-cased copies of their
/// names (written with the name), compared with the upper-cased term, in the database; a term's
/// <c>%</c> and <c>_</c> match themselves (the comparison is a substring test, not a LIKE pattern).
/// </summary>
public sealed class SearchFields<T>(params Expression<Func<T, string?>>[] fields)
{
    private static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <returns>The condition, or null for an empty search (no filter).</returns>
    public Expression<Func<T, bool>>? Predicate(string? search)
    {
        var terms = SearchTerms.Split(search);
        if (terms.Count == 0)
        {
            return null;
        }

        var record = Expression.Parameter(typeof(T), "record");
        var everyTerm = terms
            .Select(term => fields
                .Select(field => Matches(new ParameterReplacer(field.Parameters[0], record).Visit(field.Body), term.ToUpperInvariant()))
                .Aggregate(Expression.OrElse))
            .Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<T, bool>>(everyTerm, record);
    }

    private static Expression Matches(Expression field, string term)
    {
        Expression<Func<string>> parameter = () => term;
        return Expression.AndAlso(Expression.NotEqual(field, Expression.Constant(null, typeof(string))), Expression.Call(field, Contains, parameter.Body));
    }
}
