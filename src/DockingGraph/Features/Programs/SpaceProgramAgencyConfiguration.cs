using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Programs;

internal sealed class SpaceProgramAgencyConfiguration : IEntityTypeConfiguration<SpaceProgramAgency>
{
    public void Configure(EntityTypeBuilder<SpaceProgramAgency> builder)
    {
        builder.ToTable("SpaceProgramAgencies");
        builder.HasKey(x => new { x.SpaceProgramId, x.Position });
        builder.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
