using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.SpacecraftCatalog;

/// <summary>
/// <see cref="Spacecraft"/>'s mapping (named apart from <see cref="SpacecraftConfiguration"/>, the
/// LL2 record of a spacecraft's configuration). Its relations follow EF Core's conventions; its
/// id is LL2's, never the store's (an int key would otherwise be an identity column).
/// </summary>
internal sealed class SpacecraftRecordConfiguration : IEntityTypeConfiguration<Spacecraft>
{
    public void Configure(EntityTypeBuilder<Spacecraft> builder)
    {
        builder.ToTable("Spacecraft");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
