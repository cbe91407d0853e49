using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class MissionConfiguration : IEntityTypeConfiguration<Mission>
{
    public void Configure(EntityTypeBuilder<Mission> builder)
    {
        builder.ToTable("Missions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Image).WithMany().HasForeignKey(x => x.ImageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Orbit).WithMany().HasForeignKey(x => x.OrbitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Agencies).WithOne().HasForeignKey(x => x.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.InfoUrls).WithOne().HasForeignKey(x => x.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.VidUrls).WithOne().HasForeignKey(x => x.MissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
