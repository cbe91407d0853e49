using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class LauncherFamilyConfiguration : IEntityTypeConfiguration<LauncherFamily>
{
    public void Configure(EntityTypeBuilder<LauncherFamily> builder)
    {
        builder.ToTable("LauncherFamilies");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
