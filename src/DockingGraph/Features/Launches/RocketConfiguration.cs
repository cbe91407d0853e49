using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class RocketConfiguration : IEntityTypeConfiguration<Rocket>
{
    public void Configure(EntityTypeBuilder<Rocket> builder)
    {
        builder.ToTable("Rockets");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Configuration).WithMany().HasForeignKey(x => x.ConfigurationId).OnDelete(DeleteBehavior.Restrict);
    }
}
