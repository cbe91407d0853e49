using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class PadConfiguration : IEntityTypeConfiguration<Pad>
{
    public void Configure(EntityTypeBuilder<Pad> builder)
    {
        builder.ToTable("Pads");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasMany(x => x.Agencies).WithOne().HasForeignKey(x => x.PadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Image).WithMany().HasForeignKey(x => x.ImageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Location).WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
