using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Storage;
using NewsReader.Stories;

namespace NewsReader.Articles;

/// <summary>A headline the page listed as related, and the stored article with that headline, if one is.</summary>
public sealed record RelatedHeadlineLink(string Text, int? ArticleId);

/// <summary>Where an article can be cited from: the address it was published at and its byline (null when the source does not say), and when it was stored.</summary>
public sealed record ArticleProvenance(string? Url, string? Byline, DateTime IngestedAt)
{
    /// <summary>The address's site ("example.com"), for the link's words.</summary>
    public string? Site => ArticleOrigin.SiteOf(Uri.TryCreate(Url, UriKind.Absolute, out var url) ? url : null);
}

/// <summary>
/// Everything the article page shows: the cleaned text cut at its names (each linking to its entity), the events it
/// reports listed apart, its story and the article it copies, the page's related headlines, and the most related
/// other articles with the reason. A very long article is shown a part of at most <see cref="PartLength"/>
/// characters at a time, read from the database only as far as that part, so its page costs what a long report's
/// does.
/// </summary>
public sealed record ArticlePage(
    int Id,
    string Title,
    bool TitleDerived,
    string? Outlet,
    DateTime? PublishedAt,
    string Source,
    ArticleProvenance Provenance,
    IReadOnlyList<IReadOnlyList<TextSegment>> Paragraphs,
    IReadOnlyDictionary<int, NamedEntity> Entities,
    IReadOnlyList<NamedEntity> Events,
    int? StoryId,
    string? StoryTitle,
    int? CopyOfId,
    IReadOnlyList<RelatedHeadlineLink> RelatedHeadlines,
    IReadOnlyList<RelatedArticle> Related)
{
    /// <summary>Bytes of text shown at once (some 3,300 words): nearly every news report whole, a longer text in parts.</summary>
    public const int PartLength = 20_000;

    /// <summary>The part shown, from 1.</summary>
    public int Part { get; init; } = 1;

    /// <summary>Whether more of the text follows this part.</summary>
    public bool HasNextPart { get; init; }

    /// <summary>The size of the whole text in bytes (UTF-8, as stored).</summary>
    public long WholeBytes { get; init; }

    /// <summary>Whether the text is shown in parts.</summary>
    public bool InParts => Part > 1 || HasNextPart;

    /// <summary>
    /// The page of article <paramref name="id"/> showing part <paramref name="part"/> of its text, or null when there
    /// is no such article or part.
    /// </summary>
    public static async Task<ArticlePage?> LoadAsync(NewsReaderDbContext db, int id, int part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => new
        {
            a.Title, a.TitleDerived, a.Outlet, a.PublishedAt, a.Source, a.StoryId, StoryTitle = a.Story!.Title, a.CopyOfId,
            Url = a.Origin!.Url, Byline = a.Origin!.Byline, a.IngestedAt,
            Headlines = a.RelatedHeadlines.OrderBy(h => h.Position).Select(h => h.Text).ToList(),
        }).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        if (article is null || part < 1)
        {
            return null;
        }

        // Only the part asked for is read, wherever it is in the text (StoredText.PartAsync).
        if (await StoredText.PartAsync(db, id, part, PartLength, cancellationToken) is not { } shown)
        {
            return null;
        }

        // Only the shown part's mentions are read, through the (ArticleId, Start) index.
        var (from, to) = (shown.Start, shown.Start + shown.Text.Length);
        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => m.ArticleId == id && m.Start >= from && m.Start < to && m.End <= to)
            .Select(m => new { m.Start, m.End, m.EntityId, m.Entity!.Name, m.Entity.Kind })
            .ToListAsync(cancellationToken);
        var entities = mentions.DistinctBy(m => m.EntityId).ToDictionary(m => m.EntityId, m => new NamedEntity(m.EntityId, m.Name, m.Kind));

        // Names are linked where they stand; events contain names, so they are listed apart rather than nested.
        var paragraphs = MentionedText.Segment(shown.Text, mentions.Where(m => m.Kind != EntityKind.Event).Select(m => (m.Start - from, m.End - from, m.EntityId)));
        var events = entities.Values.Where(e => e.Kind == EntityKind.Event).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => !a.TitleDerived && article.Headlines.Contains(a.Title)).Select(a => new { a.Title, a.Id }).ToListAsync(cancellationToken);
        var headlines = article.Headlines.Select(h => new RelatedHeadlineLink(h, titles.FirstOrDefault(t => t.Title == h)?.Id)).ToList();
        var related = await RelatedArticles.FindAsync(db, id, cancellationToken);
        var provenance = new ArticleProvenance(article.Url, article.Byline, article.IngestedAt);
        return new ArticlePage(id, article.Title, article.TitleDerived, article.Outlet, article.PublishedAt, article.Source, provenance, paragraphs, entities, events,
            article.StoryId, article.StoryTitle, article.CopyOfId, headlines, related)
        {
            Part = part,
            HasNextPart = shown.HasNext,
            WholeBytes = shown.WholeBytes,
        };
    }
}
