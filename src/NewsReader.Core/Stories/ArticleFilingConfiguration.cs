using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Articles;

namespace NewsReader.Stories;

/// <summary>In a table of its own, as <see cref="Articles.TextCheckpointsConfiguration"/> explains: Articles keeps Text last.</summary>
internal sealed class ArticleFilingConfiguration : IEntityTypeConfiguration<ArticleFiling>
{
    public void Configure(EntityTypeBuilder<ArticleFiling> builder)
    {
        builder.HasKey(f => f.ArticleId);
        builder.HasOne(f => f.Article).WithOne().HasForeignKey<ArticleFiling>(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(f => f.WithArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
