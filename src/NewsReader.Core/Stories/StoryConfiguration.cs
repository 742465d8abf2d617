using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Articles;

namespace NewsReader.Stories;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(ArticleLimits.MaxTitleLength);
        // The story lists' order (StoryViews.ListAsync), read off the index backwards.
        builder.HasIndex(s => new { s.LatestPublishedAt, s.LastArticleId });
        builder.HasMany(s => s.Articles).WithOne(a => a.Story).HasForeignKey(a => a.StoryId).OnDelete(DeleteBehavior.SetNull);
    }
}
