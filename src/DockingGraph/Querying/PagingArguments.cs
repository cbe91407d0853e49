using GraphQL;
using GraphQL.Execution;

namespace DockingGraph.Querying;

/// <summary>
/// <c>first after last before</c>, and a root list's <c>offset</c>, checked: a page holds at most
/// <see cref="MaxPageSize"/> records (LL2's own maximum) and <see cref="DefaultPageSize"/> when no
/// size is asked for (LL2's default limit). Too many, a negative count or offset, or <c>first</c>
/// with <c>last</c> is an error, never a clamp.
/// </summary>
/// <param name="Offset">How many records to pass over first (LL2's <c>offset</c>), in the page's direction: after <c>after</c>, or back from <c>before</c> (or the end) for <c>last</c>.</param>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before, int Offset = 0)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    public bool IsBackward => Last is not null;

    public int Size => First ?? Last ?? DefaultPageSize;

    /// <summary>
    /// The page a connection asks for before it runs, read off its coerced arguments (a literal, a
    /// variable sent, or a variable's default): <c>first</c>, else <c>last</c>, else the default
    /// page; at least 1 (a negative size is the paging's error to report when it runs). What the
    /// cost and the requested-items bound multiply by.
    /// </summary>
    public static long AskedSize(IDictionary<string, ArgumentValue>? arguments)
    {
        foreach (var name in (string[])["first", "last"])
        {
            if (arguments is not null && arguments.TryGetValue(name, out var argument) && argument.Value is int or long)
            {
                return Math.Max(Convert.ToInt64(argument.Value, System.Globalization.CultureInfo.InvariantCulture), 1);
            }
        }

        return DefaultPageSize;
    }

    public static PagingArguments From(IResolveFieldContext context)
    {
        var arguments = new PagingArguments(
            context.GetArgument<int?>("first"),
            context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"),
            context.GetArgument<string?>("before"),
            context.GetArgument<int?>("offset") ?? 0);
        return arguments.Validate();
    }

    /// <summary>The arguments, checked as a field's are.</summary>
    /// <exception cref="ExecutionError">A bound is passed; its code says which.</exception>
    public PagingArguments Validate()
    {
        if (First is not null && Last is not null)
        {
            throw new ExecutionError("Passing both `first` and `last` to paginate a connection is not supported.") { Code = PagingErrorCodes.FirstAndLast };
        }

        foreach (var (name, value) in new[] { ("first", First), ("last", Last) })
        {
            if (value < 0)
            {
                throw new ExecutionError($"`{name}` must not be negative; it was {value}.") { Code = PagingErrorCodes.NegativePageSize };
            }

            if (value > MaxPageSize)
            {
                var error = new ExecutionError("The maximum allowed items per page were exceeded.") { Code = PagingErrorCodes.MaxPageSizeExceeded };
                error.Data["requestedItems"] = value;
                error.Data["maxAllowedItems"] = MaxPageSize;
                throw error;
            }
        }

        if (Offset < 0)
        {
            throw new ExecutionError($"`offset` must not be negative; it was {Offset}.") { Code = PagingErrorCodes.NegativeOffset };
        }

        return this;
    }
}
