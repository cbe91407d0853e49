using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Landings;

internal sealed class LandingLocationConfiguration : IEntityTypeConfiguration<LandingLocation>
{
    public void Configure(EntityTypeBuilder<LandingLocation> builder)
    {
        builder.ToTable("LandingLocations");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Location).WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Image).WithMany().HasForeignKey(x => x.ImageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.CelestialBody).WithMany().HasForeignKey(x => x.CelestialBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}
