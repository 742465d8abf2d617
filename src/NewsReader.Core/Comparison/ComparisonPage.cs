using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Entities;
using NewsReader.Storage;

namespace NewsReader.Comparison;

/// <summary>
/// What the comparison page shows: the chosen articles compared (<see cref="ArticleComparison"/>) with the entities
/// they name, or which of the chosen ids name no article.
/// </summary>
public sealed record ComparisonPage(ArticleComparison? Comparison, IReadOnlyDictionary<int, NamedEntity> Entities, IReadOnlyList<int> MissingIds)
{
    /// <summary>Columns side by side: more are unreadable on any screen.</summary>
    public const int MaxArticles = 6;

    public const int MinArticles = 2;

    /// <summary>
    /// Characters of each article compared (some 3,300 words): a long report in full, the beginning of a bigger one.
    /// The page's work, and its size, are bounded by this, not by the 5 MB an article may hold.
    /// </summary>
    public const int MaxComparedLength = 20_000;

    /// <summary>The articles <paramref name="ids"/>, compared in that order.</summary>
    public static async Task<ComparisonPage> LoadAsync(NewsReaderDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);

        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new
        {
            a.Id, a.Title, a.Outlet, a.PublishedAt, Url = a.Origin!.Url,
            Mentions = a.Mentions.Where(m => m.Start < MaxComparedLength && m.End <= MaxComparedLength).Select(m => new { m.Start, m.End, m.EntityId, m.Entity!.Name, m.Entity.Kind }).ToList(),
        }).AsSplitQuery().ToListAsync(cancellationToken);
        if (articles.Count != ids.Count)
        {
            return new ComparisonPage(null, new Dictionary<int, NamedEntity>(), ids.Except(articles.Select(a => a.Id)).ToList());
        }

        // Each text's beginning only, read as bytes: a huge article costs what its compared beginning does.
        var beginnings = await StoredText.BeginningsAsync(db, articles.ToDictionary(a => a.Id, _ => MaxComparedLength + 1), cancellationToken);

        var entities = articles.SelectMany(a => a.Mentions).DistinctBy(m => m.EntityId).ToDictionary(m => m.EntityId, m => new NamedEntity(m.EntityId, m.Name, m.Kind));
        var order = ids.Index().ToDictionary(x => x.Item, x => x.Index);
        var compared = articles.OrderBy(a => order[a.Id]).Select(a =>
        {
            var beginning = beginnings[a.Id];
            var text = beginning.IsWhole ? beginning.Text : Beginning(beginning.Text);
            var mentions = a.Mentions.Where(m => m.End <= text.Length).Select(m => (m.Start, m.End, m.EntityId)).ToList();
            return new ComparedArticle(a.Id, a.Title, a.Outlet, text, mentions)
            {
                WholeBytes = beginning.IsWhole ? null : beginning.WholeBytes,
                PublishedAt = a.PublishedAt,
                Url = a.Url,
            };
        }).ToList();
        return new ComparisonPage(ArticleComparison.Build(compared, entities), entities, []);
    }

    /// <summary>The text up to its last paragraph break within <see cref="MaxComparedLength"/> characters (else its last sentence end or space).</summary>
    private static string Beginning(string text)
    {
        var limit = Math.Min(text.Length, MaxComparedLength);
        var cut = text.LastIndexOf('\n', limit - 1);
        if (cut < limit / 2)
        {
            cut = text.LastIndexOf(". ", limit - 2, StringComparison.Ordinal) is var stop and > 0 ? stop + 1 : text.LastIndexOf(' ', limit - 1);
        }

        return text[..(cut > 0 ? cut : limit)].TrimEnd();
    }
}
