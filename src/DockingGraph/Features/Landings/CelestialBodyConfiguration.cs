using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Landings;

internal sealed class CelestialBodyConfiguration : IEntityTypeConfiguration<CelestialBody>
{
    public void Configure(EntityTypeBuilder<CelestialBody> builder)
    {
        builder.ToTable("CelestialBodies");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Image).WithMany().HasForeignKey(x => x.ImageId).OnDelete(DeleteBehavior.Restrict);
    }
}
