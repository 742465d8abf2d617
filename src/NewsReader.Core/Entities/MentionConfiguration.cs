using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Entities;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(200);
        builder.HasOne(m => m.Entity).WithMany(e => e.Mentions).HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ArticleId, m.Start });
        builder.HasIndex(m => new { m.EntityId, m.ArticleId });
    }
}
