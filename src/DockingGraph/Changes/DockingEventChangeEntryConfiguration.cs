using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Changes;

internal sealed class DockingEventChangeEntryConfiguration : IEntityTypeConfiguration<DockingEventChangeEntry>
{
    public void Configure(EntityTypeBuilder<DockingEventChangeEntry> builder)
    {
        builder.ToTable("DockingEventChanges");

        // Read by a range of versions, in commit order: the key is that order.
        builder.HasKey(x => new { x.Version, x.Position });
        builder.Property(x => x.Kind).HasConversion<int>();
    }
}
