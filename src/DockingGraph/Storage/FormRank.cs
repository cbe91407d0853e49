namespace DockingGraph.Storage;

/// <summary>
/// How complete a form of an LL2 record is. The same record arrives at several detail levels;
/// a value is only replaced by one from a form of equal or higher rank, so a shorter form never
/// erases what a fuller one gave.
/// </summary>
public enum FormRank
{
    /// <summary>LL2 2.2.0: an older, flatter shape.</summary>
    V220 = 0,

    /// <summary>2.3.0 <c>response_mode: list</c>.</summary>
    List = 1,

    /// <summary>2.3.0 <c>response_mode: normal</c>.</summary>
    Normal = 2,

    /// <summary>2.3.0 <c>response_mode: detailed</c>.</summary>
    Detailed = 3,
}
