using System.Linq.Expressions;

namespace DockingGraph.Batching;

/// <summary>Puts one expression where a lambda's parameter was: composes a key or a relation into a larger query.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
}
