using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class NetPrecisionConfiguration : IEntityTypeConfiguration<NetPrecision>
{
    public void Configure(EntityTypeBuilder<NetPrecision> builder)
    {
        builder.ToTable("NetPrecisions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
