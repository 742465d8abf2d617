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
        // By entity, article and place: an entity's articles, and in each its first mentions or those in the first
        // characters, are ranges of this index, however often a huge article names it.
        builder.HasIndex(m => new { m.EntityId, m.ArticleId, m.Start });
    }
}
