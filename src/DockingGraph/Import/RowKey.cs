using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Import;

/// <summary>A tracked row's values of some key's properties as one comparable text (the key of a list entry has two).</summary>
internal static class RowKey
{
    public static string Of(EntityEntry row, IReadOnlyList<IProperty> properties) =>
        string.Join('\u001f', properties.Select(p => Convert.ToString(row.Property(p).CurrentValue, CultureInfo.InvariantCulture)));
}
