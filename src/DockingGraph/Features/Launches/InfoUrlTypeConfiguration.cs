using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class InfoUrlTypeConfiguration : IEntityTypeConfiguration<InfoUrlType>
{
    public void Configure(EntityTypeBuilder<InfoUrlType> builder)
    {
        builder.ToTable("InfoUrlTypes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
