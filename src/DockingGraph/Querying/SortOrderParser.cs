using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Querying;

/// <summary>
/// Reads an <c>order</c> argument (HotChocolate's <c>[XSortInput!]</c>: several keys in order,
/// nested through to-one relations) into sort keys, and adds the record's key last, whatever its
/// type, so that no two records tie.
/// </summary>
internal static class SortOrderParser
{
    public static IReadOnlyList<SortKey> Keys<T>(IEntityType type, object? order)
    {
        var keys = new List<SortKey>();
        var record = Expression.Parameter(typeof(T), "record");
        foreach (var (element, i) in (order as IEnumerable<object?> ?? []).Select((e, i) => (e, i)))
        {
            keys.AddRange(Keys(record, type, element as IDictionary<string, object?> ?? throw Invalid($"`order[{i}]` needs an object."), $"order[{i}]", ""));
        }

        var key = type.FindPrimaryKey()!.Properties.Single();
        keys.Add(new SortKey(Expression.Lambda(Expression.Property(record, key.PropertyInfo!), record), "id", false));
        return keys;
    }

    private static IEnumerable<SortKey> Keys(Expression target, IEntityType type, IDictionary<string, object?> element, string path, string keyPath)
    {
        foreach (var (field, value) in element)
        {
            if (value is null)
            {
                continue;
            }

            var name = FieldNames.ToPropertyName(field);
            var fieldKeyPath = keyPath.Length == 0 ? field : $"{keyPath}.{field}";
            if (type.FindNavigation(name) is { IsCollection: false } navigation)
            {
                var nested = value as IDictionary<string, object?> ?? throw Invalid($"`{path}.{field}` needs an object.");
                foreach (var key in Keys(Expression.Property(target, navigation.PropertyInfo!), navigation.TargetEntityType, nested, $"{path}.{field}", fieldKeyPath))
                {
                    yield return key;
                }
            }
            else if (type.FindProperty(name) is { PropertyInfo: { } property })
            {
                var direction = value.ToString();
                if (direction is not ("ASC" or "DESC"))
                {
                    throw Invalid($"`{path}.{field}` must be ASC or DESC.");
                }

                var record = (ParameterExpression)Root(target);
                Expression key = Expression.Property(target, property);
                if (target != record && key.Type.IsValueType && Nullable.GetUnderlyingType(key.Type) is null)
                {
                    // Through a relation that may be absent, even a required value may be missing.
                    key = Expression.Convert(key, typeof(Nullable<>).MakeGenericType(key.Type));
                }

                yield return new SortKey(Expression.Lambda(key, record), fieldKeyPath, direction == "DESC");
            }
            else
            {
                throw Invalid($"`{path}.{field}` is not a sortable field.");
            }
        }
    }

    private static Expression Root(Expression expression) => expression is MemberExpression member ? Root(member.Expression!) : expression;

    private static ExecutionError Invalid(string message) => new(message) { Code = FilteringErrorCodes.InvalidSort };
}
