using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Entities;

namespace NewsReader.Storage;

public sealed class NewsReaderDbContext(DbContextOptions<NewsReaderDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<RelatedHeadline> RelatedHeadlines => Set<RelatedHeadline>();

    public DbSet<TextCheckpoints> TextCheckpoints => Set<TextCheckpoints>();

    public DbSet<ArticleOrigin> ArticleOrigins => Set<ArticleOrigin>();

    public DbSet<Entity> Entities => Set<Entity>();

    public DbSet<Mention> Mentions => Set<Mention>();

    public DbSet<EntityRole> Roles => Set<EntityRole>();

    public DbSet<EntityAlias> Aliases => Set<EntityAlias>();

    public DbSet<Stories.Story> Stories => Set<Stories.Story>();

    public DbSet<Stories.TermStatistic> TermStatistics => Set<Stories.TermStatistic>();

    public DbSet<Stories.ArticleLead> ArticleLeads => Set<Stories.ArticleLead>();

    public DbSet<Stories.ArticleFiling> ArticleFilings => Set<Stories.ArticleFiling>();

    public DbSet<ArticleSource> ArticleSources => Set<ArticleSource>();

    public DbSet<Accounts.SignInSession> SignInSessions => Set<Accounts.SignInSession>();

    public DbSet<Subscriptions.Subscription> Subscriptions => Set<Subscriptions.Subscription>();

    public DbSet<Subscriptions.SeenFeedItem> SeenFeedItems => Set<Subscriptions.SeenFeedItem>();

    /// <summary>Every time is stored in UTC, and read back it says so: an export writes "…Z", a page converts it knowing.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsReaderDbContext).Assembly);
}
