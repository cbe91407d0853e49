using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class LauncherConfigurationConfiguration : IEntityTypeConfiguration<LauncherConfiguration>
{
    public void Configure(EntityTypeBuilder<LauncherConfiguration> builder)
    {
        builder.ToTable("LauncherConfigurations");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasMany(x => x.Families).WithOne().HasForeignKey(x => x.LauncherConfigurationId).OnDelete(DeleteBehavior.Cascade);
    }
}
