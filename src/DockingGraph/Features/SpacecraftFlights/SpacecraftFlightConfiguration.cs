using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.SpacecraftFlights;

internal sealed class SpacecraftFlightConfiguration : IEntityTypeConfiguration<SpacecraftFlight>
{
    public void Configure(EntityTypeBuilder<SpacecraftFlight> builder)
    {
        builder.ToTable("SpacecraftFlights");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasMany(x => x.DockingParties).WithOne().HasForeignKey(p => p.SpacecraftFlightId);
        builder.HasOne(x => x.Spacecraft).WithMany().HasForeignKey(x => x.SpacecraftId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Launch).WithMany().HasForeignKey(x => x.LaunchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Landing).WithMany().HasForeignKey(x => x.LandingId).OnDelete(DeleteBehavior.Restrict);
    }
}
