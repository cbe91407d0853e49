using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.SpacecraftCatalog;

internal sealed class SpacecraftFamilyConfiguration : IEntityTypeConfiguration<SpacecraftFamily>
{
    public void Configure(EntityTypeBuilder<SpacecraftFamily> builder)
    {
        builder.ToTable("SpacecraftFamilies");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Manufacturer).WithMany().HasForeignKey(x => x.ManufacturerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
