namespace DockingGraph.Execution.Limits;

/// <summary>
/// Limits on what one request may ask for (GraphQL.NET sets none by default), from
/// configuration section <c>GraphQL</c>. The depth is counted in nested fields.
/// </summary>
public sealed class GraphLimits
{
    public int MaxDepth { get; set; } = 20;

    /// <summary>The largest request body; a larger one is a 413.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Tokens of the document (names, punctuation, values), counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>
    /// How deep the parser may nest (selections, arguments, values and lists all count), and how
    /// many selection sets (fields, inline fragments, spreads) the document may nest with its
    /// fragments spread, which is how deep GraphQL.NET's validation and our walks recurse.
    /// </summary>
    public int MaxParserDepth { get; set; } = 100;

    /// <summary>The most <see cref="MaxParserDepth"/> may be: GraphQL.NET's validation visitors overflow a thread pool thread's stack at about 1,500 nested selection sets.</summary>
    public const int MaxParserDepthCeiling = 250;

    public int MaxFieldsPerSelectionSet { get; set; } = 200;

    public int MaxAliases { get; set; } = 100;

    public int MaxDirectives { get; set; } = 50;

    public int MaxOperations { get; set; } = 20;

    /// <summary>Variables declared by the document, and variable values sent with it.</summary>
    public int MaxVariables { get; set; } = 100;

    /// <summary>The fields the largest operation would execute with every fragment expanded (not multiplied by page sizes: that is the cost).</summary>
    public int MaxExecutedFields { get; set; } = 5_000;

    /// <summary>The most items one path of a request may ask for: 100 x 100 is allowed, 100 x 100 x 100 is not.</summary>
    public int MaxRequestedItems { get; set; } = 10_000;

    /// <summary>Fields and operations given a value in one <c>where</c>, however nested.</summary>
    public int MaxFilterNodes { get; set; } = 200;

    /// <summary>Levels of nested objects in one <c>where</c> (<c>{ and: [{ dockingLocation: { name: { eq } } }] }</c> is 4).</summary>
    public int MaxFilterDepth { get; set; } = 10;

    /// <summary>Values in one <c>in</c> or <c>nin</c> list; each is a parameter of the statement.</summary>
    public int MaxInListLength { get; set; } = 100;

    /// <summary>
    /// Keys in one <c>order</c>: each direction given, however deep in an element
    /// (<c>[{ docking: ASC, dockingLocation: { name: DESC } }]</c> is 2).
    /// </summary>
    public int MaxSortKeys { get; set; } = 10;

    /// <summary>Levels of nested objects in one element of an <c>order</c> (<c>{ dockingLocation: { spacestation: { name: ASC } } }</c> is 3).</summary>
    public int MaxSortDepth { get; set; } = 4;

    public int MaxSearchTerms { get; set; } = 10;

    public int MaxSearchTermLength { get; set; } = 100;

    /// <summary>Whether clients may introspect the schema (the IDE does).</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Lists that multiply an introspection answer (<c>types</c>, <c>fields</c>, ...) along one path.</summary>
    public int MaxIntrospectionLists { get; set; } = 3;

    /// <summary>Nested <c>ofType</c> along one path (graphql-js's standard introspection query asks for 9).</summary>
    public int MaxIntrospectionTypeDepth { get; set; } = 10;

    /// <summary>How long a request may run; then it and its SQL statement are cancelled and it is answered with <c>HC0045</c>.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The request's one cost (<see cref="CostModel"/>: what the answer writes, and the filter,
    /// search and sort work per list): a page of 100 events with their objects costs about 2,500,
    /// and 100 stations of 100 events with a few fields each fit.
    /// </summary>
    public int MaxCost { get; set; } = 100_000;

    /// <summary>Parsed and validated documents kept in memory, by their text (only the rules that read variables run again on a hit).</summary>
    public int DocumentCacheMaxCount { get; set; } = 1_000;

    /// <summary>The cached documents' text and parsed nodes, in bytes, at most (each parsed token counted at <see cref="ValidatedDocuments.BytesPerToken"/>).</summary>
    public long DocumentCacheMaxBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// What the compiled orders kept for reuse may hold, estimated (keys times a measured cost per
    /// key, <see cref="Querying.SortOrder.BytesPerKey"/>), across every record type; the least
    /// recently used is forgotten first.
    /// </summary>
    public long SortOrderCacheMaxBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The most to-one records one statement of a root page or a record found by id joins in
    /// (<see cref="Querying.SelectedColumns"/>), nearest levels first; the rest load by key. The
    /// nested page joins 12.
    /// </summary>
    public int MaxJoinedRecords { get; set; } = Querying.SelectedColumns.DefaultMaxJoinedRecords;

    /// <summary>What the cost model takes a plain list (one without a page size) to hold.</summary>
    public int AssumedListSize { get; set; } = CostModel.DefaultAssumedListSize;

    /// <summary>The most <see cref="MaxJoinedRecords"/> may be: with the record itself and an order's joins (<see cref="MaxSortJoins"/>), under SQLite's 64 tables in one join.</summary>
    public const int MaxJoinedRecordsCeiling = 63 - MaxSortJoins;

    /// <summary>The most sort keys that may be configured (see <see cref="Checks"/>).</summary>
    public const int MaxSortKeysCeiling = 100;

    /// <summary>The deepest order element that may be configured.</summary>
    public const int MaxSortDepthCeiling = 10;

    /// <summary>
    /// The most relations an order may join (keys times the levels below an element): with the
    /// page's own joined records (at most 24) and the record itself, under SQLite's 64 tables in
    /// one join.
    /// </summary>
    public const int MaxSortJoins = 30;

    /// <summary>Every limit must let something through, and none may let through what would end the process.</summary>
    internal static IEnumerable<(Func<GraphLimits, bool> Holds, string Failure)> Checks =>
    [
        (l => l.MaxDepth >= 1, "GraphQL:MaxDepth must be 1 or more"),
        (l => l.MaxRequestBytes >= 1024, "GraphQL:MaxRequestBytes must be 1024 or more"),
        (l => l.MaxTokens >= 1, "GraphQL:MaxTokens must be 1 or more"),
        (l => l.MaxParserDepth is >= 4 and <= MaxParserDepthCeiling, $"GraphQL:MaxParserDepth must be from 4 to {MaxParserDepthCeiling}"),
        (l => l.MaxFieldsPerSelectionSet >= 1, "GraphQL:MaxFieldsPerSelectionSet must be 1 or more"),
        (l => l.MaxAliases >= 0, "GraphQL:MaxAliases must be 0 or more"),
        (l => l.MaxDirectives >= 0, "GraphQL:MaxDirectives must be 0 or more"),
        (l => l.MaxOperations >= 1, "GraphQL:MaxOperations must be 1 or more"),
        (l => l.MaxVariables >= 0, "GraphQL:MaxVariables must be 0 or more"),
        (l => l.MaxExecutedFields >= 1, "GraphQL:MaxExecutedFields must be 1 or more"),
        (l => l.MaxRequestedItems >= 1, "GraphQL:MaxRequestedItems must be 1 or more"),
        (l => l.MaxCost >= 1, "GraphQL:MaxCost must be 1 or more"),
        (l => l.SortOrderCacheMaxBytes >= 0, "GraphQL:SortOrderCacheMaxBytes must be 0 or more"),
        (l => l.MaxJoinedRecords is >= 0 and <= MaxJoinedRecordsCeiling, $"GraphQL:MaxJoinedRecords must be between 0 and {MaxJoinedRecordsCeiling}: with the record itself and an order's joins (at most {MaxSortJoins}), SQLite joins at most 64 tables"),
        (l => l.AssumedListSize >= 1, "GraphQL:AssumedListSize must be 1 or more"),
        (l => l.MaxIntrospectionLists >= 1, "GraphQL:MaxIntrospectionLists must be 1 or more (the IDEs' standard query needs 3)"),
        (l => l.MaxIntrospectionTypeDepth >= 1, "GraphQL:MaxIntrospectionTypeDepth must be 1 or more (graphql-js's standard query needs 9)"),
        (l => l.ExecutionTimeout > TimeSpan.Zero, "GraphQL:ExecutionTimeout must be a positive duration, e.g. 00:00:30"),
        (l => l.MaxFilterNodes >= 1, "GraphQL:MaxFilterNodes must be 1 or more"),
        (l => l.MaxFilterDepth >= 2, "GraphQL:MaxFilterDepth must be 2 or more"),
        (l => l.MaxInListLength >= 1, "GraphQL:MaxInListLength must be 1 or more"),
        // Each key is one more nested ThenBy (two for a key that can be null) in the statement's
        // expression, which EF Core's visitors walk recursively: 8,000 keys overflowed the stack
        // and ended the process. MaxSortKeysCeiling keys, each at the deepest nesting allowed,
        // are proven to run in a gateway process on both stores.
        (l => l.MaxSortKeys is >= 1 and <= MaxSortKeysCeiling, $"GraphQL:MaxSortKeys must be between 1 and {MaxSortKeysCeiling}"),
        (l => l.MaxSortDepth is >= 1 and <= MaxSortDepthCeiling, $"GraphQL:MaxSortDepth must be between 1 and {MaxSortDepthCeiling}"),
        (l => (long)l.MaxSortKeys * (l.MaxSortDepth - 1) <= MaxSortJoins, $"GraphQL:MaxSortKeys times (GraphQL:MaxSortDepth - 1) must be {MaxSortJoins} or less: each level below an element is a join per key, and SQLite joins at most 64 tables"),
        (l => l.MaxSearchTerms >= 1, "GraphQL:MaxSearchTerms must be 1 or more"),
        (l => l.MaxSearchTermLength >= 1, "GraphQL:MaxSearchTermLength must be 1 or more"),
        (l => l.DocumentCacheMaxCount >= 0 && l.DocumentCacheMaxBytes >= 0, "GraphQL:DocumentCacheMaxCount and DocumentCacheMaxBytes must be 0 (no cache) or more"),
    ];
}
