using System.Linq.Expressions;

namespace DockingGraph.Querying;

/// <summary>
/// A value that a hand-built query sends to the database as a parameter, never inlined in its SQL:
/// the field of a constant holder, which EF Core reads as it reads a variable a C# lambda captured.
/// The statement's text, and so its cached plan, is the same whatever the value.
/// </summary>
internal static class QueryParameter
{
    public static Expression Of<TValue>(TValue value) => Of(value, typeof(TValue));

    /// <param name="type">The parameter's type, which <paramref name="value"/> must be of (or null).</param>
    public static Expression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    private sealed class Holder<TValue>(TValue value)
    {
#pragma warning disable CA1051 // a field, so that the expression reads it as EF Core reads a closure's captured variable
        public readonly TValue Value = value;
#pragma warning restore CA1051
    }
}
