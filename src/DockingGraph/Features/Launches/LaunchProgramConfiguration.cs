using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class LaunchProgramConfiguration : IEntityTypeConfiguration<LaunchProgram>
{
    public void Configure(EntityTypeBuilder<LaunchProgram> builder)
    {
        builder.ToTable("LaunchPrograms");
        builder.HasKey(x => new { x.LaunchId, x.Position });
        builder.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
