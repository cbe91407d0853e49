using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Agencies;

internal sealed class AgencyCountryConfiguration : IEntityTypeConfiguration<AgencyCountry>
{
    public void Configure(EntityTypeBuilder<AgencyCountry> builder)
    {
        builder.ToTable("AgencyCountries");
        builder.HasKey(x => new { x.AgencyId, x.Position });
        builder.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
