using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Storage;

namespace NewsReader.Search;

/// <summary>An entity found by name, with how it matched and how many articles mention it.</summary>
public sealed record EntityHit(int Id, string Name, EntityKind Kind, int ArticleCount, NameMatch Match);

/// <summary>
/// Finds entities by name, tolerant of case, accents, dots and small misspellings: exact and prefix matches first,
/// then names with a word starting with the query, then misspellings (looked for only when nothing else matches),
/// each group with the most-mentioned first. Names are matched in memory through <see cref="EntityNameIndex"/>.
/// </summary>
public static class EntitySearch
{
    public static async Task<IReadOnlyList<EntityHit>> FindAsync(NewsReaderDbContext db, EntityNameIndex index, string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        var normal = EntityNames.Normalize(query ?? "");
        if (normal.Length == 0)
        {
            return [];
        }

        var matches = await index.FindAsync(db, normal, limit, cancellationToken);

        // The best-graded few hundred go on to be counted and ranked; a one-letter query matches nearly everything.
        var graded = matches
            .OrderBy(e => e.Match)
            .Take(Math.Max(limit * 20, 200))
            .ToDictionary(e => e.Id, e => e.Match);
        var ids = graded.Keys.ToList();
        var found = await db.Entities.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.Kind, Articles = e.ArticleCount })
            .ToListAsync(cancellationToken);
        return found
            .Select(e => new EntityHit(e.Id, e.Name, e.Kind, e.Articles, graded[e.Id]))
            .OrderBy(e => e.Match).ThenByDescending(e => e.ArticleCount).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }
}
