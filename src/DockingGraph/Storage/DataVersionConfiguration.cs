using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Storage;

internal sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> builder)
    {
        builder.ToTable("DataVersion", table => table.HasCheckConstraint("CK_DataVersion_OneRow", $"\"Id\" = {DataVersion.RowId}"));
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();

        // Made with the table, so that every store has its row before the first import advances it.
        builder.HasData(new DataVersion { Id = DataVersion.RowId, Version = 0, ChangedAt = DateTime.UnixEpoch });
    }
}
