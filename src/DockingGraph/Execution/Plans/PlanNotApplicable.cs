namespace DockingGraph.Execution.Plans;

/// <summary>
/// A request its plan does not answer the way GraphQL.NET would (an error to place, a null to
/// propagate, a value of a shape the plan does not know): it is answered by GraphQL.NET instead.
/// </summary>
internal sealed class PlanNotApplicable : Exception
{
    public PlanNotApplicable(string message)
        : base(message)
    {
    }
}
