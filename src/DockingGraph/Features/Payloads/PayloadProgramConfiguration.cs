using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Payloads;

internal sealed class PayloadProgramConfiguration : IEntityTypeConfiguration<PayloadProgram>
{
    public void Configure(EntityTypeBuilder<PayloadProgram> builder)
    {
        builder.ToTable("PayloadPrograms");
        builder.HasKey(x => new { x.PayloadId, x.Position });
        builder.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
