using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.DockingEvents;

internal sealed class DockingEventPartyConfiguration : IEntityTypeConfiguration<DockingEventParty>
{
    /// <summary>Created by the migration <c>ReverseRelationsAndDockingEventParties</c> (EF Core does not create views).</summary>
    public const string ViewName = "DockingEventParties";

    public void Configure(EntityTypeBuilder<DockingEventParty> builder)
    {
        builder.ToView(ViewName);
        builder.HasKey(x => new { x.DockingEventId, x.Role });
        builder.HasOne(x => x.DockingEvent).WithMany().HasForeignKey(x => x.DockingEventId);
    }
}
