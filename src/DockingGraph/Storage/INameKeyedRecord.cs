namespace DockingGraph.Storage;

/// <summary>
/// A record that LL2 may name without its id (2.2.0 gives an agency's type as a bare string):
/// it is found by id first, then by name, and takes its LL2 id when a fuller form brings one.
/// </summary>
public interface INameKeyedRecord
{
    int? Id { get; set; }

    string? Name { get; set; }
}
