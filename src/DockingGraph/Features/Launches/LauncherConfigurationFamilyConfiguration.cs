using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class LauncherConfigurationFamilyConfiguration : IEntityTypeConfiguration<LauncherConfigurationFamily>
{
    public void Configure(EntityTypeBuilder<LauncherConfigurationFamily> builder)
    {
        builder.ToTable("LauncherConfigurationFamilies");
        builder.HasKey(x => new { x.LauncherConfigurationId, x.Position });
        builder.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
