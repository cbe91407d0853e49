using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Programs;

internal sealed class MissionPatchConfiguration : IEntityTypeConfiguration<MissionPatch>
{
    public void Configure(EntityTypeBuilder<MissionPatch> builder)
    {
        builder.ToTable("MissionPatches");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
