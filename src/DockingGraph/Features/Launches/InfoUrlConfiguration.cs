using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Launches;

internal sealed class InfoUrlConfiguration : IEntityTypeConfiguration<InfoUrl>
{
    public void Configure(EntityTypeBuilder<InfoUrl> builder)
    {
        builder.ToTable("InfoUrls");
        builder.HasKey(x => new { x.MissionId, x.Position });
        builder.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Language).WithMany().HasForeignKey(x => x.LanguageId).OnDelete(DeleteBehavior.Restrict);
    }
}
