namespace DockingGraph.Execution.Plans;

/// <summary>Which path answers a query, from configuration section <c>Execution</c>.</summary>
public sealed class ExecutionPlanOptions
{
    public const string Section = "Execution";

    /// <summary>
    /// True: a query is answered by its compiled plan (<see cref="PlannedExecutionStrategy"/>), and
    /// by GraphQL.NET's resolvers only where the plan does not cover it. False: always by the
    /// resolvers, the reference the plans are proved against.
    /// </summary>
    public bool Plans { get; set; } = true;
}
