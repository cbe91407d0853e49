using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class VidUrlTypeConfiguration : IEntityTypeConfiguration<VidUrlType>
{
    public void Configure(EntityTypeBuilder<VidUrlType> builder)
    {
        builder.ToTable("VidUrlTypes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
