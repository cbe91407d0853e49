namespace DockingGraph.Http.Ide;

/// <summary>Configuration section <c>Ide</c>: Banana Cake Pop at <c>/graphql</c>.</summary>
public sealed class IdeOptions
{
    /// <summary>On unless set: on in every environment but Production.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The installed bundle; the one built in (<c>ide/</c> next to the binary) unless set.</summary>
    public string? Path { get; set; }
}
