using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Articles;

/// <summary>In a table of its own, as <see cref="TextCheckpointsConfiguration"/> explains: Articles keeps Text last.</summary>
internal sealed class ArticleOriginConfiguration : IEntityTypeConfiguration<ArticleOrigin>
{
    public void Configure(EntityTypeBuilder<ArticleOrigin> builder)
    {
        builder.HasKey(o => o.ArticleId);
        builder.HasOne(o => o.Article).WithOne(a => a.Origin).HasForeignKey<ArticleOrigin>(o => o.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Url).HasMaxLength(ArticleOrigin.MaxUrlLength);
        builder.Property(o => o.Byline).HasMaxLength(ArticleOrigin.MaxBylineLength);
    }
}
