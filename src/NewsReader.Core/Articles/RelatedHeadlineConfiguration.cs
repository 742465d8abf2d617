using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Articles;

internal sealed class RelatedHeadlineConfiguration : IEntityTypeConfiguration<RelatedHeadline>
{
    public void Configure(EntityTypeBuilder<RelatedHeadline> builder)
    {
        builder.Property(h => h.Text).HasMaxLength(ArticleLimits.MaxTitleLength);
        builder.HasIndex(h => new { h.ArticleId, h.Position }).IsUnique();
    }
}
