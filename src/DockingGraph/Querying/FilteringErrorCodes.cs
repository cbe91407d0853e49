namespace DockingGraph.Querying;

/// <summary>The <c>extensions.code</c> of filtering, sorting and search errors.</summary>
public static class FilteringErrorCodes
{
    public const string InvalidFilter = "FILTER_INVALID";

    public const string InvalidSort = "SORT_INVALID";

    public const string InvalidSearch = "SEARCH_INVALID";
}
