namespace DockingGraph.Storage;

/// <summary>A record that LL2 gives an identity to; its values are merged by <see cref="FormRank"/>.</summary>
public abstract class Ll2Record
{
    /// <summary>The highest rank of any form this record has been imported from.</summary>
    public FormRank SourceRank { get; set; }
}
