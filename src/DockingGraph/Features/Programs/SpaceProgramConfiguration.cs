using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DockingGraph.Features.Programs;

internal sealed class SpaceProgramConfiguration : IEntityTypeConfiguration<SpaceProgram>
{
    public void Configure(EntityTypeBuilder<SpaceProgram> builder)
    {
        builder.ToTable("SpacePrograms");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne(x => x.Image).WithMany().HasForeignKey(x => x.ImageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Agencies).WithOne().HasForeignKey(x => x.SpaceProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.MissionPatches).WithOne().HasForeignKey(x => x.SpaceProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
    }
}
