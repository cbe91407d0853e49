using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Landings;

internal sealed class LandingConfiguration : IEntityTypeConfiguration<Landing>
{
    public void Configure(EntityTypeBuilder<Landing> builder)
    {
        builder.ToTable("Landings");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.LandingLocation).WithMany().HasForeignKey(x => x.LandingLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
    }
}
