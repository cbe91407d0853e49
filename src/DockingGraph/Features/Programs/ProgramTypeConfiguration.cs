using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Programs;

internal sealed class ProgramTypeConfiguration : IEntityTypeConfiguration<ProgramType>
{
    public void Configure(EntityTypeBuilder<ProgramType> builder)
    {
        builder.ToTable("ProgramTypes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
