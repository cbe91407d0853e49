using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class LaunchStatusConfiguration : IEntityTypeConfiguration<LaunchStatus>
{
    public void Configure(EntityTypeBuilder<LaunchStatus> builder)
    {
        builder.ToTable("LaunchStatuses");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
