using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Entities;

internal sealed class EntityRoleConfiguration : IEntityTypeConfiguration<EntityRole>
{
    public void Configure(EntityTypeBuilder<EntityRole> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(120);
        builder.Property(r => r.Of).HasMaxLength(200);
        builder.HasOne(r => r.Entity).WithMany(e => e.Roles).HasForeignKey(r => r.EntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Article).WithMany(a => a.Roles).HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EntityId, r.ArticleId });
    }
}
