using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Paging;
using NewsReader.Storage;
using NewsReader.Text;

namespace NewsReader.Entities;

/// <summary>A name as written for an entity, and how often.</summary>
public sealed record WrittenForm(string Text, int Count);

/// <summary>Another entity mentioned in the same articles, and in how many.</summary>
public sealed record CoMention(int Id, string Name, EntityKind Kind, int Articles);

/// <summary>
/// An article that mentions the entity, with the sentences around its first mentions, each mention of the entity in
/// them marked (<see cref="TextMarks"/>).
/// </summary>
public sealed record MentioningArticle(int Id, string Title, string? Outlet, DateTime? PublishedAt, int MentionCount, IReadOnlyList<string> Sentences);

/// <summary>A role an article gives the entity, with that article.</summary>
public sealed record StatedRole(string Title, string? Of, int ArticleId, string ArticleTitle);

/// <summary>
/// Everything the entity page shows about one entity. Its work is bounded by what the page shows, not by what is
/// stored: the figures (written forms, roles, outlets, dates, companions) are read from the <see cref="Window"/>
/// articles that mentioned it most recently (all of them for any entity in fewer), forms and companions from the
/// first <see cref="ReadCharacters"/> characters of each, and no query reads more of an article's text than the
/// sentences shown from it; so a name in a million articles, or mentioned twenty thousand times in one huge
/// article, costs about what a rare one does. The article count, and each listed article's count of mentions, are
/// exact. The articles are listed a page at a time, newest first by publication (the undated last); a name in more
/// than <see cref="DateOrderedUpTo"/> articles lists them most recently stored first, as sorting them all by date
/// would cost what the window saves. The <see cref="Timeline"/> counts the articles by publication date: all of them
/// up to <see cref="DateOrderedUpTo"/>, else the <see cref="Window"/>.
/// </summary>
public sealed record EntityProfile(
    int Id,
    string Name,
    EntityKind Kind,
    int ArticleCount,
    IReadOnlyList<WrittenForm> Aliases,
    IReadOnlyList<StatedRole> Roles,
    IReadOnlyList<CoMention> MentionedWith,
    IReadOnlyList<(string Outlet, int Articles)> Outlets,
    DateTime? FirstSeen,
    DateTime? LastSeen,
    ListPage<MentioningArticle> Articles,
    MentionTimeline Timeline)
{
    /// <summary>Articles listed on a page.</summary>
    public const int ArticlesPerPage = 50;

    /// <summary>The most articles of one name listed in order of publication (see the type's summary).</summary>
    public const int DateOrderedUpTo = 1_000;

    /// <summary>Whether the articles are listed by publication date, else most recently stored first.</summary>
    public bool ArticlesByDate => ArticleCount <= DateOrderedUpTo;

    /// <summary>How many of the articles that mention the entity, the most recently stored, the figures cover.</summary>
    public const int Window = 100;

    /// <summary>Characters of each article whose mentions the written forms and companions are counted from.</summary>
    public const int ReadCharacters = ArticleLimits.ProfiledCharacters;

    private const int MaxRoles = 50;
    private const int SentencesPerArticle = 3;

    /// <summary>Mentions of the entity read per shown article to find its sentences (several may share one).</summary>
    private const int SpansPerArticle = 8;

    private const int MaxCoMentions = 12;

    /// <summary>Characters read past a mention: all a sentence shown can reach.</summary>
    private const int Margin = Sentences.MaxContext + 1;

    /// <summary>Whether the figures cover only the <see cref="Window"/> most recent of the entity's articles.</summary>
    public bool Windowed => ArticleCount > Window;

    /// <summary>The profile of entity <paramref name="id"/> with page <paramref name="page"/> of its articles, or null when there is none.</summary>
    public static async Task<EntityProfile?> LoadAsync(NewsReaderDbContext db, int id, int? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = await db.Entities.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Name, e.Kind, e.ArticleCount }).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return null;
        }

        // The most recently stored articles naming it, read off the (EntityId, ArticleId) index.
        var window = await db.Mentions.AsNoTracking().Where(m => m.EntityId == id).Select(m => m.ArticleId)
            .Distinct().OrderByDescending(a => a).Take(Window).ToListAsync(cancellationToken);
        var articleCount = window.Count < Window ? window.Count : Math.Max(entity.ArticleCount, window.Count);

        var aliases = await db.Mentions.AsNoTracking().Where(m => m.EntityId == id && window.Contains(m.ArticleId) && m.Start < ReadCharacters)
            .GroupBy(m => m.Text).Select(g => new WrittenForm(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().Where(r => r.EntityId == id && window.Contains(r.ArticleId))
            .OrderBy(r => r.ArticleId).ThenBy(r => r.Id).Take(MaxRoles)
            .Select(r => new StatedRole(r.Title, r.Of, r.ArticleId, r.Article!.Title))
            .ToListAsync(cancellationToken);

        // Its articles with their dates, for the timeline and the order of the list: all of them for a name in no more
        // than DateOrderedUpTo, else the window (reading a thousand of a common name's articles cost 100-400 ms at a
        // million articles, docs/scale.md). The outlets and their dates are the window's, counted from the same rows.
        var recent = articleCount <= window.Count || articleCount > DateOrderedUpTo ? window
            : await db.Mentions.AsNoTracking().Where(m => m.EntityId == id).Select(m => m.ArticleId).Distinct().ToListAsync(cancellationToken);
        var dated = await db.Articles.AsNoTracking().Where(a => recent.Contains(a.Id)).Select(a => new DatedArticle(a.Id, a.Outlet, a.PublishedAt)).ToListAsync(cancellationToken);
        var inWindow = window.ToHashSet();
        var byOutlet = dated.Where(a => inWindow.Contains(a.Id)).GroupBy(a => a.Outlet)
            .Select(g => new { Outlet = g.Key, Articles = g.Count(), First = g.Min(a => a.PublishedAt), Last = g.Max(a => a.PublishedAt) })
            .ToList();

        return new EntityProfile(
            id, entity.Name, entity.Kind, articleCount,
            aliases.OrderByDescending(a => a.Count).ThenBy(a => a.Text, StringComparer.Ordinal).ToList(),
            roles,
            await CoMentionsAsync(db, id, window, cancellationToken),
            byOutlet.Select(o => (o.Outlet ?? "Unknown outlet", o.Articles)).OrderByDescending(o => o.Item2).ThenBy(o => o.Item1, StringComparer.Ordinal).ToList(),
            byOutlet.Count == 0 ? null : byOutlet.Min(o => o.First),
            byOutlet.Count == 0 ? null : byOutlet.Max(o => o.Last),
            await ArticlesAsync(db, id, articleCount, window, dated, PageRequest.Of(page, ArticlesPerPage), cancellationToken),
            MentionTimeline.Of(dated.Select(a => a.PublishedAt).ToList()));
    }

    private static async Task<IReadOnlyList<CoMention>> CoMentionsAsync(NewsReaderDbContext db, int id, List<int> window, CancellationToken cancellationToken)
    {
        var top = await db.Mentions.AsNoTracking()
            .Where(m => window.Contains(m.ArticleId) && m.Start < ReadCharacters && m.EntityId != id)
            .Select(m => new { m.EntityId, m.ArticleId }).Distinct()
            .GroupBy(m => m.EntityId)
            .Select(g => new { EntityId = g.Key, Articles = g.Count() })
            .OrderByDescending(c => c.Articles).ThenBy(c => c.EntityId).Take(MaxCoMentions * 2)
            .ToListAsync(cancellationToken);
        var ids = top.Select(c => c.EntityId).ToList();
        var names = await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => new { e.Name, e.Kind }, cancellationToken);
        return top.Where(c => names.ContainsKey(c.EntityId))
            .Select(c => new CoMention(c.EntityId, names[c.EntityId].Name, names[c.EntityId].Kind, c.Articles))
            .OrderByDescending(c => c.Articles).ThenBy(c => c.Name, StringComparer.Ordinal).Take(MaxCoMentions).ToList();
    }

    /// <summary>
    /// A page of the articles naming it, each with its count of mentions and the sentences around its first mentions:
    /// of each article only the beginning those sentences reach is read, never its whole text per mention.
    /// </summary>
    private static async Task<ListPage<MentioningArticle>> ArticlesAsync(
        NewsReaderDbContext db, int id, int articleCount, List<int> window, IReadOnlyList<DatedArticle> dated, PageRequest page, CancellationToken cancellationToken)
    {
        // The article count is exact (kept as mentions are stored): the list is not counted again. The ids come off
        // the (EntityId, ArticleId) index, and a few thousand are put in date order here: asked to order the articles
        // by date itself, SQLite walks the date index over every article looking for the entity's few.
        var naming = db.Mentions.Where(m => m.EntityId == id).Select(m => m.ArticleId).Distinct();
        ListPage<int> ids;
        if (articleCount <= DateOrderedUpTo)
        {
            ids = ListPage.Of(dated.NewestFirst(a => a.PublishedAt, a => a.Id).Select(a => a.Id).ToList(), page);
        }
        else
        {
            // Most recently stored first: the window already holds the first pages.
            ids = page.Skip + page.Size <= window.Count
                ? new ListPage<int>(window.Skip(page.Skip).Take(page.Size).ToList(), page, articleCount)
                : await naming.OrderByDescending(a => a).ToListPageAsync(page, cancellationToken, articleCount);
        }

        var shownIds = ids.Items.ToList();
        var rows = await db.Articles.AsNoTracking().Where(a => shownIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Outlet, a.PublishedAt })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var shown = shownIds.Where(rows.ContainsKey).Select(i => rows[i]).ToList();
        var counts = await db.Mentions.AsNoTracking().Where(m => m.EntityId == id && shownIds.Contains(m.ArticleId))
            .GroupBy(m => m.ArticleId).Select(g => new { ArticleId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.ArticleId, c => c.Count, cancellationToken);
        // The first mentions of each shown article, then of each article only the beginning those mentions' sentences
        // reach, read once as bytes (StoredText): a huge article costs its first few kilobytes, not its megabytes per
        // mention, and the beginning is counted in UTF-16 units, as mentions are placed.
        // Each article's first mentions are a short range of the (EntityId, ArticleId, Start) index, read on their own:
        // numbering all of an article's mentions first read every one of them (28,726 in a huge article).
        var spans = shownIds.Count == 0 ? Enumerable.Empty<SpanRow>().ToLookup(m => m.ArticleId) : (await db.Database.SqlQueryRaw<SpanRow>(
            string.Join(" UNION ALL ", shownIds.Select((_, i) =>
                $"SELECT * FROM (SELECT ArticleId, Start, \"End\" FROM Mentions WHERE EntityId = {{0}} AND ArticleId = {{{i + 1}}} ORDER BY Start LIMIT {SpansPerArticle})")),
            [id, .. shownIds.Cast<object>()]).ToListAsync(cancellationToken))
            .ToLookup(m => m.ArticleId);
        var beginnings = await StoredText.BeginningsAsync(db, spans.ToDictionary(g => g.Key, g => g.Max(m => m.End) + Margin), cancellationToken);

        return ids.With<MentioningArticle>(shown.Select(a => new MentioningArticle(a.Id, a.Title, a.Outlet, a.PublishedAt, counts.GetValueOrDefault(a.Id),
            beginnings.TryGetValue(a.Id, out var beginning) ? MarkedSentences(beginning.Text, spans[a.Id]) : [])).ToList());
    }

    /// <summary>
    /// The first <see cref="SentencesPerArticle"/> sentences around the spans, in text order, each with every span that
    /// falls inside it marked (a sentence naming it twice shows both).
    /// </summary>
    private static List<string> MarkedSentences(string text, IEnumerable<SpanRow> spans)
    {
        var sentences = new List<(string Sentence, int Offset, List<(int Start, int End)> Marks)>();
        foreach (var span in spans.OrderBy(m => m.Start))
        {
            var (sentence, offset) = Sentences.Placed(text, span.Start, span.End);
            var at = sentences.FindIndex(s => s.Offset == offset && s.Sentence == sentence);
            if (at < 0 && sentences.Count == SentencesPerArticle)
            {
                continue;
            }

            if (at < 0)
            {
                sentences.Add((sentence, offset, []));
                at = sentences.Count - 1;
            }

            sentences[at].Marks.Add((span.Start - offset, span.End - offset));
        }

        return sentences.Select(s => TextMarks.Mark(s.Sentence, s.Marks)).ToList();
    }

    private sealed record DatedArticle(int Id, string? Outlet, DateTime? PublishedAt);

    private sealed class SpanRow
    {
        public int ArticleId { get; set; }

        public int Start { get; set; }

        public int End { get; set; }
    }
}
