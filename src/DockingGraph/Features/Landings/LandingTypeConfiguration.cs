using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Landings;

internal sealed class LandingTypeConfiguration : IEntityTypeConfiguration<LandingType>
{
    public void Configure(EntityTypeBuilder<LandingType> builder)
    {
        builder.ToTable("LandingTypes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
