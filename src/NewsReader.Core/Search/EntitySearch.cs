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
    /// <summary>Where one kind is asked for, this many times as many names are read from the index before the kind is known.</summary>
    private const int KindHeadroom = 4;

    /// <summary>The best-graded names counted and ranked, per name asked for (and never fewer than <see cref="MinRanked"/>).</summary>
    private const int RankedPerResult = 20;

    private const int MinRanked = 200;

    /// <summary>The <paramref name="limit"/> best entities named like the query, of <paramref name="kind"/> alone when given.</summary>
    public static async Task<IReadOnlyList<EntityHit>> FindAsync(
        NewsReaderDbContext db, EntityNameIndex index, string query, int limit, EntityKind? kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        var normal = EntityNames.Normalize(query ?? "");
        if (normal.Length == 0)
        {
            return [];
        }

        var matches = await index.FindAsync(db, normal, kind is null ? limit : limit * KindHeadroom, cancellationToken);

        // The best-graded few hundred go on to be counted and ranked; a one-letter query matches nearly everything.
        // With a kind, every match is read with its kind first, so the cap applies to names of that kind.
        var graded = matches
            .OrderBy(e => e.Match)
            .Take(kind is null ? Math.Max(limit * RankedPerResult, MinRanked) : matches.Count)
            .ToDictionary(e => e.Id, e => e.Match);
        var ids = graded.Keys.ToList();
        var found = await db.Entities.AsNoTracking()
            .Where(e => ids.Contains(e.Id) && (kind == null || e.Kind == kind))
            .Select(e => new { e.Id, e.Name, e.Kind, Articles = e.ArticleCount })
            .ToListAsync(cancellationToken);
        return found
            .Select(e => new EntityHit(e.Id, e.Name, e.Kind, e.Articles, graded[e.Id]))
            .OrderBy(e => e.Match).ThenByDescending(e => e.ArticleCount).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }
}
