using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.SpaceStations;

internal sealed class SpaceStationConfiguration : IEntityTypeConfiguration<SpaceStation>
{
    public void Configure(EntityTypeBuilder<SpaceStation> builder)
    {
        builder.ToTable("SpaceStations");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasMany(x => x.DockingParties).WithOne().HasForeignKey(p => p.SpaceStationId);
        builder.HasOne(x => x.Image).WithMany().HasForeignKey(x => x.ImageId).OnDelete(DeleteBehavior.Restrict);
    }
}
