using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Entities;

internal sealed class EntityAliasConfiguration : IEntityTypeConfiguration<EntityAlias>
{
    public void Configure(EntityTypeBuilder<EntityAlias> builder)
    {
        builder.ToTable("EntityAliases");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.NormalizedAlias).HasMaxLength(200);
        builder.HasOne(a => a.Entity).WithMany(e => e.Aliases).HasForeignKey(a => a.EntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.Kind, a.NormalizedAlias });
        builder.HasIndex(a => new { a.EntityId, a.NormalizedAlias }).IsUnique();
    }
}
