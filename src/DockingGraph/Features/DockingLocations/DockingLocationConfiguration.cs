using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.DockingLocations;

internal sealed class DockingLocationConfiguration : IEntityTypeConfiguration<DockingLocation>
{
    public void Configure(EntityTypeBuilder<DockingLocation> builder)
    {
        builder.ToTable("DockingLocations");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Spacestation).WithMany(s => s.DockingLocations).HasForeignKey(x => x.SpacestationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Spacecraft).WithMany().HasForeignKey(x => x.SpacecraftId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Payload).WithMany().HasForeignKey(x => x.PayloadId).OnDelete(DeleteBehavior.Restrict);
    }
}
