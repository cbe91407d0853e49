using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Images;

internal sealed class ImageVariantConfiguration : IEntityTypeConfiguration<ImageVariant>
{
    public void Configure(EntityTypeBuilder<ImageVariant> builder)
    {
        builder.ToTable("ImageVariants");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
    }
}
