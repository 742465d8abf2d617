using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Stories;

/// <summary>In a table of its own, as <see cref="Articles.TextCheckpointsConfiguration"/> explains: Articles keeps Text last.</summary>
internal sealed class ArticleLeadConfiguration : IEntityTypeConfiguration<ArticleLead>
{
    public void Configure(EntityTypeBuilder<ArticleLead> builder)
    {
        builder.HasKey(l => l.ArticleId);
        builder.HasOne(l => l.Article).WithOne().HasForeignKey<ArticleLead>(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
