using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Subscriptions;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.HasIndex(s => s.FeedUrl).IsUnique();
        builder.HasIndex(s => s.NextPollAt);
        builder.Property(s => s.FeedUrl).HasMaxLength(2048);
        builder.Ignore(s => s.IsFailing);
        builder.HasMany(s => s.SeenItems).WithOne().HasForeignKey(i => i.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SeenFeedItemConfiguration : IEntityTypeConfiguration<SeenFeedItem>
{
    public void Configure(EntityTypeBuilder<SeenFeedItem> builder)
    {
        builder.HasKey(i => new { i.SubscriptionId, i.ItemKey });
        builder.Property(i => i.ItemKey).HasMaxLength(2048);
    }
}
