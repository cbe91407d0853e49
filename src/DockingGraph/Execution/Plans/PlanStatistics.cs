namespace DockingGraph.Execution.Plans;

/// <summary>How many queries their plans answered, and how many went to the reference instead (a test reads them: the plan path must be the one that ran).</summary>
public sealed class PlanStatistics
{
    private long planned;
    private long fellBack;

    public long PlannedCount => Interlocked.Read(ref planned);

    public long FellBackCount => Interlocked.Read(ref fellBack);

    public void Planned() => Interlocked.Increment(ref planned);

    public void FellBack() => Interlocked.Increment(ref fellBack);
}
