using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class VidUrlConfiguration : IEntityTypeConfiguration<VidUrl>
{
    public void Configure(EntityTypeBuilder<VidUrl> builder)
    {
        builder.ToTable("VidUrls");
        builder.HasKey(x => new { x.MissionId, x.Position });
        builder.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Language).WithMany().HasForeignKey(x => x.LanguageId).OnDelete(DeleteBehavior.Restrict);
    }
}
