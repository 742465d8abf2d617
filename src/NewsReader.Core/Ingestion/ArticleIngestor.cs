using System.Diagnostics.Metrics;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Entities;
using NewsReader.Entities.Linking;
using NewsReader.Entities.Recognition;
using NewsReader.Sources;
using NewsReader.Storage;
using NewsReader.Stories;
using NewsReader.Text;

namespace NewsReader.Ingestion;

/// <summary>
/// Stores one parsed article with its related headlines and entity mentions, in one transaction: it is all
/// there afterwards, or none of it. The same content again is a duplicate and changes nothing. How long filing into
/// a story takes is recorded on the <see cref="MeterName"/> meter as <see cref="StoryWorkInstrument"/> (milliseconds).
/// </summary>
public sealed class ArticleIngestor(
    IDbContextFactory<NewsReaderDbContext> contextFactory,
    IEntityRecognizer recognizer,
    TimeProvider time,
    StoryModel storyModel)
{
    public const string MeterName = "NewsReader.Ingestion";

    public const string StoryWorkInstrument = "newsreader.ingest.story_work";

    /// <summary>
    /// A source's date later than the moment it is stored by more than this (time zones aside) is no publication
    /// date (a mistyped year, the date of an event the page announces): the article is stored undated rather than
    /// sorted above everything published until then.
    /// </summary>
    public static readonly TimeSpan FutureDateSlack = TimeSpan.FromDays(1);

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> StoryWork = Meter.CreateHistogram<double>(StoryWorkInstrument, "ms", "Time spent filing an ingested article into a story");

    public async Task<IngestOutcome> IngestAsync(ParsedArticle parsed, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var text = parsed.Text;
        var hash = ContentHash.Of(parsed.Title, text);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The same content, or the same file or page however this version cleans it, is the article already stored.
        var existing = await FindByHashAsync(db, hash, cancellationToken)
            ?? (parsed.SourceHash is { } sourceHash ? await FindBySourceAsync(db, sourceHash, cancellationToken) : null);
        if (existing is int stored)
        {
            return IngestOutcome.Duplicate(source, stored);
        }

        var recognized = await EntityLinker.KeepKnownAsync(db, recognizer.Recognize(text), cancellationToken);
        var termCounts = ContentTerms.Count(text);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entities = await EntityLinker.LinkAsync(db, recognized, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            Title = parsed.Title,
            TitleDerived = parsed.TitleDerived,
            Outlet = parsed.Outlet,
            PublishedAt = parsed.PublishedAt <= now + FutureDateSlack ? parsed.PublishedAt : null,
            Source = source,
            Text = text,
            ContentHash = hash,
            IngestedAt = now,
            Terms = ContentTerms.Format(ContentTerms.Top(termCounts)),
            RelatedHeadlines = parsed.RelatedHeadlines.Select((h, i) => new RelatedHeadline { Position = i, Text = h }).ToList(),
            Mentions = recognized.Select((m, i) => new Mention { Start = m.Start, End = m.End, Text = m.Text, Entity = entities[i] }).ToHashSet(),
            Roles = recognized
                .Select((m, i) => (Entity: entities[i], m.Role))
                .Where(r => r.Role is not null)
                .DistinctBy(r => (r.Entity, r.Role!.Title, r.Role.Of))
                .Select(r => new EntityRole { Entity = r.Entity, Title = r.Role!.Title, Of = r.Role.Of })
                .ToList(),
        };
        db.Articles.Add(article);
        db.ArticleLeads.Add(new ArticleLead { Article = article, Terms = ContentTerms.Format(ArticleLead.TermsOf(parsed.TitleDerived ? null : parsed.Title, text)) });
        // A source read from the web is where the article was published, unless it names its own address.
        var fetchedFrom = Uri.TryCreate(source, UriKind.Absolute, out var address) ? address : null;
        if (ArticleOrigin.Of(parsed.Url ?? fetchedFrom, parsed.Byline) is { } origin)
        {
            origin.Article = article;
            db.ArticleOrigins.Add(origin);
        }

        if (parsed.SourceHash is { } readFrom)
        {
            db.ArticleSources.Add(new ArticleSource { Article = article, Hash = readFrom });
        }

        if (TextCheckpoints.Of(text) is { } unitsBefore)
        {
            db.TextCheckpoints.Add(new TextCheckpoints { Article = article, UnitsBefore = unitsBefore });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);

            // The article and its entities are stored; story filing works on rows, not on what this context tracks.
            var filed = new FiledArticle(article.Id, text, entities.Select(e => e.Id).Distinct().ToList());
            db.ChangeTracker.Clear();
            var started = Stopwatch.GetTimestamp();
            await StoryAssigner.AssignAsync(db, filed, termCounts, storyModel, cancellationToken);
            StoryWork.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (DbUpdateException)
        {
            // Another writer may have stored the same content between our check and our insert (the unique
            // hash index refused ours): that is a duplicate. Any other failure is rethrown.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await FindByHashAsync(db, hash, cancellationToken) is { } winner)
            {
                return IngestOutcome.Duplicate(source, winner);
            }

            throw;
        }

        await transaction.CommitAsync(cancellationToken);
        return IngestOutcome.Added(source, article.Id);
    }

    /// <summary>The article read from a file or page of these very bytes, however its text was cleaned then.</summary>
    private static Task<int?> FindBySourceAsync(NewsReaderDbContext db, string sourceHash, CancellationToken cancellationToken) =>
        db.ArticleSources.AsNoTracking().Where(s => s.Hash == sourceHash).Select(s => (int?)s.ArticleId).FirstOrDefaultAsync(cancellationToken);

    private static Task<int?> FindByHashAsync(NewsReaderDbContext db, string hash, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(a => a.ContentHash == hash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
}
