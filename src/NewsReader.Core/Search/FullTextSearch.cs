using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;

namespace NewsReader.Search;

/// <summary>Optional limits on article results: outlet (exact), published on or after, published before.</summary>
public sealed record ArticleFilters(string? Outlet = null, DateTime? From = null, DateTime? Before = null);

/// <summary>An article found by its words: <see cref="Snippet"/> marks each matched word between <see cref="FullTextSearch.MarkStart"/> and <see cref="FullTextSearch.MarkEnd"/>.</summary>
public sealed class FullTextHit
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string? Outlet { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string Snippet { get; set; } = "";

    public double Rank { get; set; }
}

/// <summary>
/// Articles by their words, through SQLite FTS5 (table ArticleSearch, created by a migration and kept in step by
/// triggers): BM25 with a title match worth <see cref="TitleWeight"/> times a body match, a highlighted snippet from the
/// text. FTS5 computes BM25 for every match before a LIMIT applies, so a very common word over a large store would
/// rank everything: only the newest <see cref="RankedMatches"/> matching articles are ranked (FTS5 walks matches
/// newest first without scoring them). docs/search.md says what that means for a user.
/// </summary>
public static class FullTextSearch
{
    public const double TitleWeight = 10;

    public const int RankedMatches = 5_000;

    public const char MarkStart = '\uE000';

    public const char MarkEnd = '\uE001';

    public static async Task<List<FullTextHit>> SearchAsync(
        NewsReaderDbContext db, FullTextQuery query, ArticleFilters filters, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filters);
        var match = query.Match;
        var oldest = await db.Database
            .SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {RankedMatches - 1}")
            .ToListAsync(cancellationToken);
        var fromId = oldest.Count == 0 ? 0 : oldest[0];
        var hits = await db.Database.SqlQuery<FullTextHit>($"""
            SELECT a.Id, a.Title, a.Outlet, a.PublishedAt, '' AS Snippet, m.Rank
            FROM (
                SELECT rowid AS Id, bm25(ArticleSearch, {TitleWeight}, 1.0) AS Rank
                FROM ArticleSearch
                WHERE ArticleSearch MATCH {match} AND rowid >= {fromId}
            ) AS m
            JOIN Articles AS a ON a.Id = m.Id
            WHERE ({filters.Outlet} IS NULL OR a.Outlet = {filters.Outlet})
              AND ({filters.From} IS NULL OR a.PublishedAt >= {filters.From})
              AND ({filters.Before} IS NULL OR a.PublishedAt < {filters.Before})
            ORDER BY m.Rank, a.Id DESC
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
        if (hits.Count == 0)
        {
            return hits;
        }

        // Snippets for the hits shown only: snippet() costs a pass over each article's text.
        var ids = SqlLists.AsJson(hits.Select(h => h.Id));
        var snippets = await db.Database.SqlQuery<SnippetRow>($"""
            SELECT rowid AS Id, snippet(ArticleSearch, 1, char(57344), char(57345), '…', 24) AS Snippet
            FROM ArticleSearch
            WHERE ArticleSearch MATCH {match} AND rowid IN (SELECT value FROM json_each({ids}))
            """).ToDictionaryAsync(r => r.Id, r => r.Snippet, cancellationToken);
        foreach (var hit in hits)
        {
            hit.Snippet = snippets.GetValueOrDefault(hit.Id) ?? "";
        }

        return hits;
    }

    private sealed class SnippetRow
    {
        public int Id { get; set; }

        public string Snippet { get; set; } = "";
    }
}
