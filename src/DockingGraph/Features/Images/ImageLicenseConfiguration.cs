using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Images;

internal sealed class ImageLicenseConfiguration : IEntityTypeConfiguration<ImageLicense>
{
    public void Configure(EntityTypeBuilder<ImageLicense> builder)
    {
        builder.ToTable("ImageLicenses");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
