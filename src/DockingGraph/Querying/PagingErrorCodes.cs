namespace DockingGraph.Querying;

/// <summary>The <c>extensions.code</c> of paging errors; HotChocolate's where it has one.</summary>
public static class PagingErrorCodes
{
    /// <summary>More items asked for than a page may hold (HotChocolate's code).</summary>
    public const string MaxPageSizeExceeded = "HC0051";

    /// <summary>A negative <c>first</c> or <c>last</c> (HotChocolate's <c>MinPaginationItems</c>).</summary>
    public const string NegativePageSize = "HC0079";

    public const string FirstAndLast = "PAGING_FIRST_AND_LAST";

    public const string NegativeOffset = "PAGING_NEGATIVE_OFFSET";

    /// <summary>A cursor that is not one of this list in this order (HotChocolate's <c>InvalidCursor</c>).</summary>
    public const string InvalidCursor = "HC0078";
}
