using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Storage;
using NewsReader.Text;

namespace NewsReader.Entities;

/// <summary>A name as written for an entity, and how often.</summary>
public sealed record WrittenForm(string Text, int Count);

/// <summary>Another entity mentioned in the same articles, and in how many.</summary>
public sealed record CoMention(int Id, string Name, EntityKind Kind, int Articles);

/// <summary>An article that mentions the entity, with the sentences around its mentions.</summary>
public sealed record MentioningArticle(int Id, string Title, string? Outlet, int MentionCount, IReadOnlyList<string> Sentences);

/// <summary>A role an article gives the entity, with that article.</summary>
public sealed record StatedRole(string Title, string? Of, int ArticleId, string ArticleTitle);

/// <summary>Everything the entity page shows about one entity.</summary>
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
    IReadOnlyList<MentioningArticle> Articles)
{
    private const int MaxArticles = 50;
    private const int SentencesPerArticle = 3;
    private const int MaxCoMentions = 12;

    /// <summary>The profile of entity <paramref name="id"/>, or null when there is none.</summary>
    public static async Task<EntityProfile?> LoadAsync(NewsReaderDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = await db.Entities.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Name, e.Kind }).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return null;
        }

        var mentioning = db.Articles.AsNoTracking().Where(a => a.Mentions.Any(m => m.EntityId == id));
        var dated = await mentioning.Select(a => new { a.Id, a.Outlet, When = a.PublishedAt ?? a.IngestedAt }).ToListAsync(cancellationToken);
        var aliases = await db.Mentions.AsNoTracking().Where(m => m.EntityId == id)
            .GroupBy(m => m.Text).Select(g => new WrittenForm(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().Where(r => r.EntityId == id)
            .OrderBy(r => r.ArticleId).ThenBy(r => r.Id)
            .Select(r => new StatedRole(r.Title, r.Of, r.ArticleId, r.Article!.Title))
            .ToListAsync(cancellationToken);
        var articleIds = dated.Select(a => a.Id).ToList();
        var coMentions = await db.Mentions.AsNoTracking()
            .Where(m => articleIds.Contains(m.ArticleId) && m.EntityId != id)
            .GroupBy(m => new { m.EntityId, m.Entity!.Name, m.Entity.Kind })
            .Select(g => new CoMention(g.Key.EntityId, g.Key.Name, g.Key.Kind, g.Select(m => m.ArticleId).Distinct().Count()))
            .ToListAsync(cancellationToken);

        return new EntityProfile(
            id, entity.Name, entity.Kind, dated.Count,
            aliases.OrderByDescending(a => a.Count).ThenBy(a => a.Text, StringComparer.Ordinal).ToList(),
            roles,
            coMentions.OrderByDescending(c => c.Articles).ThenBy(c => c.Name, StringComparer.Ordinal).Take(MaxCoMentions).ToList(),
            dated.GroupBy(a => a.Outlet ?? "Unknown outlet").Select(g => (g.Key, g.Count())).OrderByDescending(o => o.Item2).ThenBy(o => o.Key, StringComparer.Ordinal).ToList(),
            dated.Count == 0 ? null : dated.Min(a => a.When),
            dated.Count == 0 ? null : dated.Max(a => a.When),
            await ArticlesAsync(mentioning, id, cancellationToken));
    }

    private static async Task<IReadOnlyList<MentioningArticle>> ArticlesAsync(IQueryable<Article> mentioning, int id, CancellationToken cancellationToken)
    {
        var articles = await mentioning
            .NewestFirst()
            .Take(MaxArticles)
            .Select(a => new { a.Id, a.Title, a.Outlet, a.Text, Spans = a.Mentions.Where(m => m.EntityId == id).OrderBy(m => m.Start).Select(m => new { m.Start, m.End }).ToList() })
            .ToListAsync(cancellationToken);
        return articles.Select(a => new MentioningArticle(a.Id, a.Title, a.Outlet, a.Spans.Count,
            a.Spans.Select(s => Sentences.Around(a.Text, s.Start, s.End)).Distinct().Take(SentencesPerArticle).ToList())).ToList();
    }
}
