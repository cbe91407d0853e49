using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.DockingEvents;

internal sealed class DockingEventConfiguration : IEntityTypeConfiguration<DockingEvent>
{
    public void Configure(EntityTypeBuilder<DockingEvent> builder)
    {
        builder.ToTable("DockingEvents");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();

        // LL2 filters and orders docking events by these.
        builder.HasIndex(x => x.Docking);
        builder.HasIndex(x => x.Departure);
        builder.HasOne(x => x.DockingLocation).WithMany(l => l.DockingEvents).HasForeignKey(x => x.DockingLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.FlightVehicleChaser).WithMany().HasForeignKey(x => x.FlightVehicleChaserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.FlightVehicleTarget).WithMany().HasForeignKey(x => x.FlightVehicleTargetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.SpaceStationChaser).WithMany().HasForeignKey(x => x.SpaceStationChaserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.SpaceStationTarget).WithMany().HasForeignKey(x => x.SpaceStationTargetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.PayloadFlightChaser).WithMany().HasForeignKey(x => x.PayloadFlightChaserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.PayloadFlightTarget).WithMany().HasForeignKey(x => x.PayloadFlightTargetId).OnDelete(DeleteBehavior.Restrict);
    }
}
