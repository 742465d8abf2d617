using Microsoft.EntityFrameworkCore;
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

    /// <summary>The articles <paramref name="ids"/>, compared in that order.</summary>
    public static async Task<ComparisonPage> LoadAsync(NewsReaderDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new
        {
            a.Id, a.Title, a.Outlet, a.Text,
            Mentions = a.Mentions.Select(m => new { m.Start, m.End, m.EntityId, m.Entity!.Name, m.Entity.Kind }).ToList(),
        }).AsSplitQuery().ToListAsync(cancellationToken);
        if (articles.Count != ids.Count)
        {
            return new ComparisonPage(null, new Dictionary<int, NamedEntity>(), ids.Except(articles.Select(a => a.Id)).ToList());
        }

        var entities = articles.SelectMany(a => a.Mentions).DistinctBy(m => m.EntityId).ToDictionary(m => m.EntityId, m => new NamedEntity(m.EntityId, m.Name, m.Kind));
        var order = ids.Index().ToDictionary(x => x.Item, x => x.Index);
        var compared = articles.OrderBy(a => order[a.Id])
            .Select(a => new ComparedArticle(a.Id, a.Title, a.Outlet, a.Text, a.Mentions.Select(m => (m.Start, m.End, m.EntityId)).ToList()))
            .ToList();
        return new ComparisonPage(ArticleComparison.Build(compared, entities), entities, []);
    }
}
