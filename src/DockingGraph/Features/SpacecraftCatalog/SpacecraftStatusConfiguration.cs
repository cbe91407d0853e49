using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.SpacecraftCatalog;

internal sealed class SpacecraftStatusConfiguration : IEntityTypeConfiguration<SpacecraftStatus>
{
    public void Configure(EntityTypeBuilder<SpacecraftStatus> builder)
    {
        builder.ToTable("SpacecraftStatuses");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
