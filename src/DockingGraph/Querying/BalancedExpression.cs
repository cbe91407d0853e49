using System.Linq.Expressions;

namespace DockingGraph.Querying;

/// <summary>
/// A list of conditions joined by one operator as a balanced tree, not a left-deep chain: EF Core
/// translates and prints expression trees recursively, and a chain as long as its input (an
/// <c>or</c> of thousands) overflows the stack, which no handler can catch. Balanced, a tree is as
/// deep as the logarithm of its width.
/// </summary>
public static class BalancedExpression
{
    public static Expression Combine(IReadOnlyList<Expression> conditions, Func<Expression, Expression, BinaryExpression> join, Expression empty)
    {
        if (conditions.Count == 0)
        {
            return empty;
        }

        // Pairwise, level by level, with no recursion of its own either.
        var level = conditions;
        while (level.Count > 1)
        {
            var next = new List<Expression>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
            {
                next.Add(i + 1 < level.Count ? join(level[i], level[i + 1]) : level[i]);
            }

            level = next;
        }

        return level[0];
    }
}
