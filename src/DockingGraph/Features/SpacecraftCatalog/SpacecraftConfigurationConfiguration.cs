using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.SpacecraftCatalog;

internal sealed class SpacecraftConfigurationConfiguration : IEntityTypeConfiguration<SpacecraftConfiguration>
{
    public void Configure(EntityTypeBuilder<SpacecraftConfiguration> builder)
    {
        builder.ToTable("SpacecraftConfigurations");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Agency).WithMany(a => a.SpacecraftConfigurations).HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Family).WithOne().HasForeignKey(x => x.SpacecraftConfigurationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Image).WithMany().HasForeignKey(x => x.ImageId).OnDelete(DeleteBehavior.Restrict);
    }
}
