using System.Linq.Expressions;
using DockingGraph.Querying;
using DockingGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// Wide input never becomes a deep expression tree: EF Core translates and prints trees
/// recursively, and a left-deep chain of 5,000 <c>or</c>s overflowed the stack, which ends the
/// process. Lists are joined as balanced trees, as deep as the logarithm of their width.
/// </summary>
public sealed class BalancedTranslationTests
{
    [Fact]
    public void A_list_of_conditions_is_joined_as_a_balanced_tree()
    {
        var conditions = Enumerable.Range(0, 5_000).Select(i => (Expression)Expression.Constant(i % 2 == 0)).ToList();

        var joined = BalancedExpression.Combine(conditions, Expression.OrElse, Expression.Constant(false));

        Assert.Equal(13, Depth(joined));
        Assert.Equal(5_000, Leaves(joined));
    }

    [Fact]
    public void A_five_thousand_wide_or_translates_to_sql_without_exhausting_the_stack()
    {
        using var store = new TestStore();
        using var db = store.Contexts.CreateDbContext();
        var filter = new Dictionary<string, object?> { ["or"] = Enumerable.Range(0, 5_000).Select(i => (object?)new Dictionary<string, object?> { ["id"] = new Dictionary<string, object?> { ["eq"] = i } }).ToList() };

        var predicate = FilterTranslator.ToPredicate<DockingEvent>(db.Model.FindEntityType(typeof(DockingEvent))!, filter);
        var sql = db.Set<DockingEvent>().Where(predicate).ToQueryString();

        // Every branch is in the statement, joined by OR.
        Assert.Equal(4_999, System.Text.RegularExpressions.Regex.Count(sql, @"\bOR\b"));
    }

    private static int Depth(Expression expression) => expression is BinaryExpression binary ? 1 + Math.Max(Depth(binary.Left), Depth(binary.Right)) : 0;

    private static int Leaves(Expression expression) => expression is BinaryExpression binary ? Leaves(binary.Left) + Leaves(binary.Right) : 1;
}
