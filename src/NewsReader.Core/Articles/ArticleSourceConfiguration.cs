using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Articles;

/// <summary>In a table of its own, as <see cref="TextCheckpointsConfiguration"/> explains: Articles keeps Text last.</summary>
internal sealed class ArticleSourceConfiguration : IEntityTypeConfiguration<ArticleSource>
{
    public void Configure(EntityTypeBuilder<ArticleSource> builder)
    {
        builder.HasKey(s => s.ArticleId);
        builder.Property(s => s.Hash).HasMaxLength(64);
        builder.HasIndex(s => s.Hash);
        builder.HasOne(s => s.Article).WithOne().HasForeignKey<ArticleSource>(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
