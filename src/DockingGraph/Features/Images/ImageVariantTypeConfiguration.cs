using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Images;

internal sealed class ImageVariantTypeConfiguration : IEntityTypeConfiguration<ImageVariantType>
{
    public void Configure(EntityTypeBuilder<ImageVariantType> builder)
    {
        builder.ToTable("ImageVariantTypes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
