using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class PadAgencyConfiguration : IEntityTypeConfiguration<PadAgency>
{
    public void Configure(EntityTypeBuilder<PadAgency> builder)
    {
        builder.ToTable("PadAgencies");
        builder.HasKey(x => new { x.PadId, x.Position });
        builder.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
