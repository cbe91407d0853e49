using System.Data.Common;
using System.Text.Json;

namespace DockingGraph.Bench.Floor;

/// <summary>One fixed query of the suite, by hand: its statements, one per level, then its JSON.</summary>
public interface IFloorQuery
{
    /// <summary>Runs the statements on <paramref name="connection"/>; what is returned writes the answer (after the connection is back in its pool).</summary>
    Task<Action<Utf8JsonWriter>> ReadAsync(DbConnection connection, CancellationToken cancellationToken);
}
