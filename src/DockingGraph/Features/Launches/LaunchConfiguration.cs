using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class LaunchConfiguration : IEntityTypeConfiguration<Launch>
{
    public void Configure(EntityTypeBuilder<Launch> builder)
    {
        builder.ToTable("Launches");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Status).WithMany().HasForeignKey(x => x.StatusId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.NetPrecision).WithMany().HasForeignKey(x => x.NetPrecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Image).WithMany().HasForeignKey(x => x.ImageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.LaunchServiceProvider).WithMany().HasForeignKey(x => x.LaunchServiceProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Rocket).WithMany().HasForeignKey(x => x.RocketId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Mission).WithMany().HasForeignKey(x => x.MissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Pad).WithMany().HasForeignKey(x => x.PadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Program).WithOne().HasForeignKey(x => x.LaunchId).OnDelete(DeleteBehavior.Cascade);
    }
}
