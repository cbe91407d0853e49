using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Agencies;

internal sealed class AgencyTypeConfiguration : IEntityTypeConfiguration<AgencyType>
{
    public void Configure(EntityTypeBuilder<AgencyType> builder)
    {
        builder.ToTable("AgencyTypes");
        builder.HasKey(x => x.Key);
        builder.HasIndex(x => x.Id).IsUnique();
        builder.HasIndex(x => x.Name).IsUnique();
    }
}
