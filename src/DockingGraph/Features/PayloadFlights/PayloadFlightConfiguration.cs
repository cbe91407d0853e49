using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.PayloadFlights;

internal sealed class PayloadFlightConfiguration : IEntityTypeConfiguration<PayloadFlight>
{
    public void Configure(EntityTypeBuilder<PayloadFlight> builder)
    {
        builder.ToTable("PayloadFlights");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasMany(x => x.DockingParties).WithOne().HasForeignKey(p => p.PayloadFlightId);
        builder.HasOne(x => x.Payload).WithMany().HasForeignKey(x => x.PayloadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Launch).WithMany().HasForeignKey(x => x.LaunchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Landing).WithMany().HasForeignKey(x => x.LandingId).OnDelete(DeleteBehavior.Restrict);
    }
}
