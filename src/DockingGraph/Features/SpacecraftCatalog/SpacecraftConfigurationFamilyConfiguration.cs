using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.SpacecraftCatalog;

internal sealed class SpacecraftConfigurationFamilyConfiguration : IEntityTypeConfiguration<SpacecraftConfigurationFamily>
{
    public void Configure(EntityTypeBuilder<SpacecraftConfigurationFamily> builder)
    {
        builder.ToTable("SpacecraftConfigurationFamilies");
        builder.HasKey(x => new { x.SpacecraftConfigurationId, x.Position });
        builder.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
