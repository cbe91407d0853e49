using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Payloads;

internal sealed class PayloadTypeConfiguration : IEntityTypeConfiguration<PayloadType>
{
    public void Configure(EntityTypeBuilder<PayloadType> builder)
    {
        builder.ToTable("PayloadTypes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
