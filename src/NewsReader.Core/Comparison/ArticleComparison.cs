using NewsReader.Articles;
using NewsReader.Entities;

namespace NewsReader.Comparison;

/// <summary>
/// One article as a comparison reads it: its text (or the beginning of a very long one, when <see cref="IsCut"/>)
/// and the entities each mention names.
/// </summary>
public sealed record ComparedArticle(int Id, string Title, string? Outlet, string Text, IReadOnlyList<(int Start, int End, int EntityId)> Mentions)
{
    /// <summary>The size of the whole text in bytes (UTF-8) when only its beginning is compared; else null.</summary>
    public long? WholeBytes { get; init; }

    /// <summary>When it was published, when the source says.</summary>
    public DateTime? PublishedAt { get; init; }

    /// <summary>Where it was published, when the source says (a write-up cites it).</summary>
    public string? Url { get; init; }

    /// <summary>Whether only the beginning of the article is compared.</summary>
    public bool IsCut => WholeBytes is not null;
}

/// <summary>An entity in the comparison, which articles mention it, and its highlight colour when shared.</summary>
public sealed record ComparedEntity(int Id, string Name, EntityKind Kind, IReadOnlySet<int> ArticleIds, int? ColorIndex)
{
    public string KindName => EntityKinds.ToExportName(Kind);
}

/// <summary>The columns and the legend of a side-by-side reading.</summary>
public sealed record ArticleComparison(
    IReadOnlyList<ComparedArticle> Articles,
    IReadOnlyDictionary<int, IReadOnlyList<IReadOnlyList<TextSegment>>> Columns,
    IReadOnlyList<ComparedEntity> SharedByAll,
    IReadOnlyList<ComparedEntity> SharedBySome,
    IReadOnlyDictionary<int, IReadOnlyList<ComparedEntity>> OnlyIn,
    IReadOnlyDictionary<int, int> Colors,
    IReadOnlyList<AlignedRow> Alignment,
    ClaimComparison Claims)
{
    /// <summary>Distinct highlight colours; entities past this many share colours, in order.</summary>
    public const int Palette = 12;

    /// <summary>
    /// Compares the articles: every entity mentioned by two or more of them gets a colour, the same in every
    /// column (most widely shared first); the rest are listed under the one article that mentions them. Events
    /// count in the legend but take no colour, since the text highlights the names they contain. The sentences are
    /// aligned (<see cref="SentenceAlignment"/>) and the claims set against each other (<see cref="Comparison.Claims"/>).
    /// A line of one article that states nothing (a gallery's "1 of 24", "Full Screen", a credit) is no row of its own:
    /// it is page clutter, not something only that outlet reports.
    /// </summary>
    public static ArticleComparison Build(IReadOnlyList<ComparedArticle> articles, IReadOnlyDictionary<int, NamedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(entities);
        var coverage = articles
            .SelectMany(a => a.Mentions.Select(m => (m.EntityId, ArticleId: a.Id)))
            .Where(x => entities.ContainsKey(x.EntityId))
            .GroupBy(x => x.EntityId, x => x.ArticleId)
            .Select(g => (EntityId: g.Key, ArticleIds: (IReadOnlySet<int>)g.ToHashSet()))
            .OrderByDescending(x => x.ArticleIds.Count).ThenBy(x => entities[x.EntityId].Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var color = 0;
        var compared = coverage.Select(x => new ComparedEntity(
            x.EntityId, entities[x.EntityId].Name, entities[x.EntityId].Kind, x.ArticleIds,
            x.ArticleIds.Count > 1 && entities[x.EntityId].Kind != EntityKind.Event ? color++ % Palette : null)).ToList();

        var sentences = articles.Select(ArticleSentences.Of).ToList();
        var figures = articles.Zip(sentences).SelectMany(x => Comparison.Claims.Figures(x.First.Id, x.Second)).ToList();
        var quotes = articles.Zip(sentences).SelectMany(x => Comparison.Claims.Quotes(x.First, x.Second, entities)).ToList();
        return new ArticleComparison(
            articles,
            articles.ToDictionary(a => a.Id, a => MentionedText.Segment(a.Text, a.Mentions.Where(m => entities.TryGetValue(m.EntityId, out var e) && e.Kind != EntityKind.Event))),
            compared.Where(e => e.ArticleIds.Count == articles.Count && articles.Count > 1).ToList(),
            compared.Where(e => e.ArticleIds.Count > 1 && e.ArticleIds.Count < articles.Count).ToList(),
            articles.ToDictionary(a => a.Id, a => (IReadOnlyList<ComparedEntity>)compared.Where(e => e.ArticleIds.Count == 1 && e.ArticleIds.Contains(a.Id)).ToList()),
            compared.Where(e => e.ColorIndex is not null).ToDictionary(e => e.Id, e => e.ColorIndex!.Value),
            SentenceAlignment.Align(sentences).Where(row => !row.OnlyOne || SentenceAlignment.IsStatement(row.Sentences.First(s => s is not null)!.Text)).ToList(),
            Comparison.Claims.Compare(articles.Select(a => a.Id).ToList(), figures, quotes));
    }

    /// <summary>The highlight colour of a shared entity; null for one only a single article mentions.</summary>
    public int? ColorOf(int entityId) => Colors.TryGetValue(entityId, out var index) ? index : null;
}
