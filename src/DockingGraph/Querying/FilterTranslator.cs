using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using DockingGraph.Batching;
using GraphQL;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Querying;

/// <summary>
/// Turns a <c>where</c> argument (any <c>...FilterInput</c>, as GraphQL.NET hands it over: nested
/// dictionaries) into an EF Core predicate, so that filtering runs in the database. A field is the
/// model's property or navigation of the same name, as everywhere in the graph. Fields of one
/// object must all match; <c>and</c>/<c>or</c> combine lists of filters; to-one relations nest;
/// lists match by <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>. The negated operations
/// (<c>neq</c>, <c>nin</c>, <c>ngt</c>, <c>ncontains</c>...) hold for records without a value.
/// </summary>
public static class FilterTranslator
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringSubstring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly MethodInfo StringSubstringOfLength = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression<Func<T, bool>> ToPredicate<T>(IEntityType type, IDictionary<string, object?> filter)
    {
        var record = Expression.Parameter(typeof(T), "record");
        return Expression.Lambda<Func<T, bool>>(Translate(record, type, filter, "where"), record);
    }

    private static Expression Translate(Expression target, IEntityType type, IDictionary<string, object?> filter, string path)
    {
        var conditions = new List<Expression>();
        foreach (var (field, value) in filter)
        {
            var fieldPath = $"{path}.{field}";
            switch (field)
            {
                case "and":
                    conditions.Add(Combine(Filters(value, fieldPath).Select(f => Translate(target, type, f, fieldPath)), Expression.AndAlso, true));
                    continue;
                case "or":
                    conditions.Add(Combine(Filters(value, fieldPath).Select(f => Translate(target, type, f, fieldPath)), Expression.OrElse, false));
                    continue;
            }

            if (value is null)
            {
                // HotChocolate: a field given as null is no condition.
                continue;
            }

            var name = FieldNames.ToPropertyName(field);
            if (type.FindNavigation(name) is { } navigation)
            {
                var related = Expression.Property(target, navigation.PropertyInfo!);
                conditions.Add(navigation.IsCollection
                    ? ListCondition(related, navigation, Filter(value, fieldPath), fieldPath)
                    : Translate(related, navigation.TargetEntityType, Filter(value, fieldPath), fieldPath));
            }
            else if (type.FindProperty(name) is { PropertyInfo: { } property })
            {
                conditions.Add(Operations(Expression.Property(target, property), Filter(value, fieldPath), fieldPath));
            }
            else
            {
                throw Invalid($"`{fieldPath}` is not a filterable field.");
            }
        }

        return Combine(conditions, Expression.AndAlso, true);
    }

    private static Expression ListCondition(Expression list, INavigation navigation, IDictionary<string, object?> filter, string path)
    {
        var entryType = navigation.TargetEntityType;
        var entry = Expression.Parameter(entryType.ClrType, "entry");
        var item = entryType.FindNavigation(nameof(ListEntry<object>.Item)) is { } link
            ? (Expression: (Expression)Expression.Property(entry, link.PropertyInfo!), Type: link.TargetEntityType)
            : (Expression: entry, Type: entryType);
        var conditions = new List<Expression>();
        foreach (var (operation, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var itemMatches = operation == "any" ? null : Expression.Lambda(Translate(item.Expression, item.Type, Filter(value, $"{path}.{operation}"), $"{path}.{operation}"), entry);
            conditions.Add(operation switch
            {
                "some" => Call(nameof(Enumerable.Any), list, entryType.ClrType, itemMatches!),
                "none" => Expression.Not(Call(nameof(Enumerable.Any), list, entryType.ClrType, itemMatches!)),
                "all" => Call(nameof(Enumerable.All), list, entryType.ClrType, itemMatches!),
                "any" => value is true ? Call(nameof(Enumerable.Any), list, entryType.ClrType) : Expression.Not(Call(nameof(Enumerable.Any), list, entryType.ClrType)),
                _ => throw Invalid($"`{path}.{operation}` is not a list operation."),
            });
        }

        return Combine(conditions, Expression.AndAlso, true);
    }

    private static Expression Operations(MemberExpression property, IDictionary<string, object?> operations, string path)
    {
        var conditions = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            var operationPath = $"{path}.{operation}";
            conditions.Add(operation switch
            {
                "and" => Combine(Filters(value, operationPath).Select(f => Operations(property, f, operationPath)), Expression.AndAlso, true),
                "or" => Combine(Filters(value, operationPath).Select(f => Operations(property, f, operationPath)), Expression.OrElse, false),
                _ => FilterOperations.Find(operation) switch
                {
                    null => throw Invalid($"`{operationPath}` is not an operation on this field."),
                    { AcceptsNull: false } when value is null => throw Invalid($"`{operationPath}` needs a value."),
                    var known => known.Translate(property, value, operationPath),
                },
            });
        }

        return Combine(conditions, Expression.AndAlso, true);
    }

    internal static Expression Compare(Expression property, ExpressionType comparison, object value)
    {
        if (property.Type == typeof(string))
        {
            return Expression.MakeBinary(comparison, Expression.Call(StringCompare, property, Parameter(value, typeof(string))), Expression.Constant(0));
        }

        if (Nullable.GetUnderlyingType(property.Type) is { } underlying && underlying == typeof(bool) || property.Type == typeof(bool))
        {
            throw Invalid("a Boolean has no order.");
        }

        return Expression.MakeBinary(comparison, property, Parameter(value, property.Type));
    }

    /// <summary>A substring test (EF Core writes <c>instr</c> and <c>strpos</c>): case-sensitive, and <c>%</c> and <c>_</c> are themselves.</summary>
    internal static Expression Contains(Expression property, object value) =>
        Expression.AndAlso(Expression.NotEqual(property, Expression.Constant(null, typeof(string))), Expression.Call(property, StringContains, Parameter(value, typeof(string))));

    /// <summary>
    /// Starts or ends with: the matching part of the value compared for equality, which is
    /// case-sensitive on every store (SQLite's LIKE, which EF Core would use, folds ASCII case).
    /// </summary>
    internal static Expression Affix(Expression property, object value, bool atStart)
    {
        var affix = Parameter(value, typeof(string));
        var length = typeof(string).GetProperty(nameof(string.Length))!;
        var propertyLength = Expression.Property(property, length);
        var affixLength = Expression.Property(affix, length);
        var part = atStart
            ? Expression.Call(property, StringSubstringOfLength, Expression.Constant(0), affixLength)
            : Expression.Call(property, StringSubstring, Expression.Subtract(propertyLength, affixLength));
        return Expression.AndAlso(
            Expression.NotEqual(property, Expression.Constant(null, typeof(string))),
            Expression.AndAlso(Expression.GreaterThanOrEqual(propertyLength, affixLength), Expression.Equal(part, affix)));
    }

    internal static Expression In(Expression property, object? value, string path)
    {
        if (value is not IEnumerable values || value is string)
        {
            throw Invalid($"`{path}` needs a list.");
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(property.Type))!;
        foreach (var item in values)
        {
            list.Add(Convert(item, property.Type));
        }

        return LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Contains), [property.Type], QueryParameter.Of(list, list.GetType()), property);
    }

    internal static Expression OrNoValue(Expression property, Expression condition) =>
        property.Type.IsValueType && Nullable.GetUnderlyingType(property.Type) is null
            ? condition
            : Expression.OrElse(Expression.Equal(property, Expression.Constant(null, property.Type)), condition);

    /// <summary>A value the database receives as a parameter (a member of a constant, as a closure would be), not inlined SQL.</summary>
    internal static Expression Parameter(object? value, Type type) => QueryParameter.Of(Convert(value, type), type);

    private static object? Convert(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value.GetType() == target ? value : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Expression Call(string method, Expression list, Type itemType, params LambdaExpression[] predicate) =>
        LinqMethods.Call(typeof(Enumerable), method, [itemType], [list, .. predicate]);

    private static Expression Combine(IEnumerable<Expression> conditions, Func<Expression, Expression, BinaryExpression> combine, bool empty) =>
        BalancedExpression.Combine([.. conditions], combine, Expression.Constant(empty));

    private static IDictionary<string, object?> Filter(object? value, string path) =>
        value as IDictionary<string, object?> ?? throw Invalid($"`{path}` needs an object.");

    private static IEnumerable<IDictionary<string, object?>> Filters(object? value, string path) =>
        value is IEnumerable list and not IDictionary<string, object?>
            ? list.Cast<object?>().Select((item, i) => Filter(item, $"{path}[{i}]"))
            : [Filter(value, path)];

    private static ExecutionError Invalid(string message) => new(message) { Code = FilteringErrorCodes.InvalidFilter };
}
