using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Programs;

internal sealed class SpaceProgramMissionPatchConfiguration : IEntityTypeConfiguration<SpaceProgramMissionPatch>
{
    public void Configure(EntityTypeBuilder<SpaceProgramMissionPatch> builder)
    {
        builder.ToTable("SpaceProgramMissionPatches");
        builder.HasKey(x => new { x.SpaceProgramId, x.Position });
        builder.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
