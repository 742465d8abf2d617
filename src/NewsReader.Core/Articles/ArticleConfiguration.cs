using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        // Text is the table's last column (migration ArticleTextLast): SQLite reads a row's columns in order, and a
        // column stored after a long text is reached through all of its overflow pages. A new column goes in a table
        // of its own (as TextCheckpoints) or in a rebuild that keeps Text last; DatabaseInitializerTests checks it.
        builder.Property(a => a.Title).HasMaxLength(ArticleLimits.MaxTitleLength);
        builder.Property(a => a.Outlet).HasMaxLength(200);
        builder.Property(a => a.Source).HasMaxLength(2048);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.IngestedAt);
        builder.HasIndex(a => a.PublishedAt);
        // A story's articles by time, and its summary's count and latest time read off the index alone (StoryAssigner).
        builder.HasIndex(a => new { a.StoryId, a.PublishedAt });
        // Related headlines from a page link to the stored article with that title: an index probe, not a scan.
        builder.HasIndex(a => a.Title);
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.CopyOfId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.RelatedHeadlines).WithOne().HasForeignKey(h => h.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Mentions).WithOne(m => m.Article).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
