using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.SpacecraftCatalog;

internal sealed class SpacecraftConfigurationTypeConfiguration : IEntityTypeConfiguration<SpacecraftConfigurationType>
{
    public void Configure(EntityTypeBuilder<SpacecraftConfigurationType> builder)
    {
        builder.ToTable("SpacecraftConfigurationTypes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
