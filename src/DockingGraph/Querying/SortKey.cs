using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace DockingGraph.Querying;

/// <summary>One key of a sort order: <c>record => value</c>, its path in the <c>order</c> argument, and its direction.</summary>
internal sealed class SortKey(LambdaExpression selector, string path, bool descending)
{
    private readonly Func<object, object?> read = Compile(selector);

    /// <summary><c>record => value</c>.</summary>
    public LambdaExpression Selector => selector;

    public string Path => path;

    public bool ThroughRelation => path.Contains('.', StringComparison.Ordinal);

    /// <summary>The record's own property the key reads; null for a key through a relation.</summary>
    public string? Column => selector.Body is MemberExpression { Expression: ParameterExpression } member ? member.Member.Name : null;

    public bool Descending => descending;

    public Type ValueType => selector.ReturnType;

    public bool IsNullable => !ValueType.IsValueType || Nullable.GetUnderlyingType(ValueType) is not null;

    /// <summary>The key's value of <paramref name="record"/>, as an expression.</summary>
    public Expression Body(ParameterExpression record) => ReplacingExpressionVisitor.Replace(selector.Parameters[0], record, selector.Body);

    /// <summary>The key's value of <paramref name="record"/>, read in memory.</summary>
    public object? Read(object record) => read(record);

    /// <summary>The value as the database compares it: a Boolean as 0 or 1, everything else as it is.</summary>
    public LambdaExpression Comparable()
    {
        var type = Nullable.GetUnderlyingType(selector.ReturnType) ?? selector.ReturnType;
        if (type != typeof(bool))
        {
            return selector;
        }

        var value = selector.ReturnType == typeof(bool) ? selector.Body : Expression.Property(selector.Body, "Value");
        return Expression.Lambda(Expression.Condition(value, Expression.Constant(1), Expression.Constant(0)), selector.Parameters);
    }

    private static Func<object, object?> Compile(LambdaExpression selector)
    {
        var record = Expression.Parameter(typeof(object), "record");
        var body = ReplacingExpressionVisitor.Replace(selector.Parameters[0], Expression.Convert(record, selector.Parameters[0].Type), selector.Body);
        return Expression.Lambda<Func<object, object?>>(NullSafe(body), record).Compile();
    }

    /// <summary>In memory, a key through a relation that is absent reads as null (the database does that by itself).</summary>
    private static Expression NullSafe(Expression body)
    {
        var asObject = Expression.Convert(body, typeof(object));
        var guards = new List<Expression>();
        var access = body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : body;
        for (var member = access as MemberExpression; member?.Expression is MemberExpression parent; member = parent)
        {
            guards.Add(Expression.Equal(parent, Expression.Constant(null, parent.Type)));
        }

        // Outermost relation first: `record.Payload == null || record.Payload.Manufacturer == null`.
        guards.Reverse();
        return guards.Count == 0 ? asObject : Expression.Condition(guards.Aggregate(Expression.OrElse), Expression.Constant(null), asObject);
    }
}
