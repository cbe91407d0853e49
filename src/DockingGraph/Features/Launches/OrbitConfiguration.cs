using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class OrbitConfiguration : IEntityTypeConfiguration<Orbit>
{
    public void Configure(EntityTypeBuilder<Orbit> builder)
    {
        builder.ToTable("Orbits");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.CelestialBody).WithMany().HasForeignKey(x => x.CelestialBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}
