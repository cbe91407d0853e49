using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class MissionAgencyConfiguration : IEntityTypeConfiguration<MissionAgency>
{
    public void Configure(EntityTypeBuilder<MissionAgency> builder)
    {
        builder.ToTable("MissionAgencies");
        builder.HasKey(x => new { x.MissionId, x.Position });
        builder.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
