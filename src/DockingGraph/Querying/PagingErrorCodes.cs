namespace DockingGraph.Querying;

/// <summary>The <c>extensions.code</c> of paging errors; HotChocolate's where it has one.</summary>
public static class PagingErrorCodes
{
    /// <summary>More items asked for than a page may hold (HotChocolate's code).</summary>
    public const string MaxPageSizeExceeded = "HC0051";

    public const string NegativePageSize = "PAGING_NEGATIVE_COUNT";

    public const string FirstAndLast = "PAGING_FIRST_AND_LAST";

    public const string InvalidCursor = "PAGING_INVALID_CURSOR";
}
