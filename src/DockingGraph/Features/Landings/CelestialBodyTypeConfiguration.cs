using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Landings;

internal sealed class CelestialBodyTypeConfiguration : IEntityTypeConfiguration<CelestialBodyType>
{
    public void Configure(EntityTypeBuilder<CelestialBodyType> builder)
    {
        builder.ToTable("CelestialBodyTypes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
