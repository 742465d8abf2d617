using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;
using NewsReader.Text;

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
/// Articles by their words. SQLite FTS5 (table ArticleSearch, created by a migration and kept in step by triggers)
/// finds the matching articles, newest first, and only the newest <see cref="RankedMatches"/> of them (after the
/// filters) are ranked: FTS5's own bm25() reads a common word's whole posting list before it scores anything (about
/// 30 ms for a word in half of a million articles), so ranking is done here instead, BM25 over the candidates with
/// a title occurrence worth <see cref="TitleWeight"/> body ones, document frequencies from TermStatistics and term
/// counts from each article's stored terms. The hits shown get a highlighted snippet (<see cref="SearchSnippet"/>). docs/search.md says what the
/// bound means for a user.
/// </summary>
public static class FullTextSearch
{
    /// <summary>A phrase or prefix has no stored document frequency: it counts as a word in one article of this many.</summary>
    private const int UnknownTermArticlesPer = 100;

    public const double TitleWeight = 10;

    public const int RankedMatches = 300;

    /// <summary>A prefix this long or longer also stands for the stored words that start with it (<see cref="MatchAsync"/>).</summary>
    private const int MinExpandedPrefix = 3;

    /// <summary>The commonest stored words a prefix stands for.</summary>
    private const int PrefixWords = 30;

    public const char MarkStart = '\uE000';

    public const char MarkEnd = '\uE001';

    /// <summary>BM25's term-frequency saturation.</summary>
    private const double K1 = 1.2;

    public static async Task<List<FullTextHit>> SearchAsync(
        NewsReaderDbContext db, FullTextQuery query, ArticleFilters filters, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filters);
        var match = await MatchAsync(db, query, cancellationToken);
        var candidates = await db.Database.SqlQuery<Candidate>($"""
            SELECT a.Id, a.Title, a.Terms
            FROM ArticleSearch AS s
            JOIN Articles AS a ON a.Id = s.rowid
            WHERE ArticleSearch MATCH {match}
              AND ({filters.Outlet} IS NULL OR a.Outlet = {filters.Outlet})
              AND ({filters.From} IS NULL OR a.PublishedAt >= {filters.From})
              AND ({filters.Before} IS NULL OR a.PublishedAt < {filters.Before})
            ORDER BY s.rowid DESC
            LIMIT {RankedMatches}
            """).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var words = query.Words.Select(w => (Query: w, Term: w.IsPrefix || w.Text.Contains(' ', StringComparison.Ordinal) ? null : ContentTerms.Term(w.Text))).ToList();
        var terms = SqlLists.AsJson(words.Select(w => w.Term).OfType<string>().Distinct());
        var documentFrequency = await db.TermStatistics.FromSql($"SELECT Term, Articles FROM TermStatistics WHERE Term IN (SELECT value FROM json_each({terms}))")
            .AsNoTracking().ToDictionaryAsync(t => t.Term, t => t.Articles, StringComparer.Ordinal, cancellationToken);
        var articleCount = Math.Max(1, await db.Database.SqlQuery<int>($"SELECT coalesce(max(Id), 0) AS Value FROM Articles").SingleAsync(cancellationToken));

        var hits = candidates
            .Select(c => new FullTextHit
            {
                Id = c.Id,
                Title = c.Title,
                Rank = -words.Sum(w => Bm25(w.Query, w.Term, c, documentFrequency, articleCount)),
            })
            .OrderBy(h => h.Rank)
            .ThenByDescending(h => h.Id)
            .Take(limit)
            .ToList();

        // Outlets, dates and snippets for the hits shown only; snippets from their texts.
        var ids = SqlLists.AsJson(hits.Select(h => h.Id));
        var shown = await db.Database.SqlQuery<ShownRow>($"SELECT Id, Outlet, PublishedAt, Text FROM Articles WHERE Id IN (SELECT value FROM json_each({ids}))")
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var snippets = new SearchSnippet(query.Words);
        foreach (var hit in hits)
        {
            if (shown.TryGetValue(hit.Id, out var row))
            {
                (hit.Outlet, hit.PublishedAt, hit.Snippet) = (row.Outlet, row.PublishedAt, snippets.Make(row.Text));
            }
        }

        return hits;
    }

    /// <summary>
    /// The MATCH expression, with each prefix also standing for the commonest stored words that start with it
    /// (TermStatistics): the index holds Porter stems, and a typed prefix can run past its words' stem ("negotiat*"
    /// against "negoti", the stem of "negotiations"), so the words themselves, stemmed as FTS5 stems a query, find them.
    /// </summary>
    private static async Task<string> MatchAsync(NewsReaderDbContext db, FullTextQuery query, CancellationToken cancellationToken)
    {
        var terms = new List<string>(query.Terms.Count);
        for (var i = 0; i < query.Terms.Count; i++)
        {
            var word = query.Words[i];
            if (!word.IsPrefix || word.Text.Length < MinExpandedPrefix)
            {
                terms.Add(query.Terms[i]);
                continue;
            }

            var after = word.Text + char.MaxValue;
            var words = await db.Database.SqlQuery<string>(
                $"SELECT Term AS Value FROM TermStatistics WHERE Term >= {word.Text} AND Term < {after} ORDER BY Articles DESC, Term LIMIT {PrefixWords}")
                .ToListAsync(cancellationToken);
            terms.Add(words.Count == 0 ? query.Terms[i] : "(" + string.Join(" OR ", words.Select(w => $"\"{w}\"").Prepend(query.Terms[i])) + ")");
        }

        return string.Join(' ', terms);
    }

    /// <summary>
    /// One query word's BM25 weight in a candidate: its idf (from the store's document frequency; a phrase or prefix,
    /// which has none, counts as a word in 1% of articles) times its saturated count, title occurrences weighted. The
    /// body count is the stored one, or 1 when the word is not among the article's most frequent terms (it matched).
    /// </summary>
    private static double Bm25(FullTextQuery.Word word, string? term, Candidate candidate, Dictionary<string, int> documentFrequency, int articleCount)
    {
        var df = term is not null && documentFrequency.TryGetValue(term, out var known) ? known : Math.Max(1, articleCount / UnknownTermArticlesPer);
        var idf = Math.Log(1 + ((articleCount - df + 0.5) / (df + 0.5)));
        var body = term is null ? 1 : Math.Max(1, StoredCount(candidate.Terms, term));
        var frequency = body + (TitleWeight * TitleOccurrences(candidate.Title, word));
        return idf * frequency * (K1 + 1) / (frequency + K1);
    }

    /// <summary>A term's count in stored terms ("drone:4 strike:3"), read in place; 0 when absent.</summary>
    private static int StoredCount(string terms, string term)
    {
        for (var at = terms.IndexOf(term, StringComparison.Ordinal); at >= 0; at = terms.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            if ((at == 0 || terms[at - 1] == ' ') && end < terms.Length && terms[end] == ':')
            {
                var stop = terms.IndexOf(' ', end);
                return int.Parse(terms.AsSpan(end + 1, (stop < 0 ? terms.Length : stop) - end - 1), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static int TitleOccurrences(string title, FullTextQuery.Word word)
    {
        var lower = title.ToLowerInvariant();
        var count = 0;
        for (var at = lower.IndexOf(word.Text, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word.Text, at + 1, StringComparison.Ordinal))
        {
            var startsWord = at == 0 || !char.IsLetterOrDigit(lower[at - 1]);
            var end = at + word.Text.Length;
            var endsWord = word.IsPrefix || end == lower.Length || !char.IsLetterOrDigit(lower[end]) || (lower[end] == 's' && (end + 1 == lower.Length || !char.IsLetterOrDigit(lower[end + 1])));
            count += startsWord && endsWord ? 1 : 0;
        }

        return count;
    }

    private sealed class Candidate
    {
        public int Id { get; set; }

        public string Title { get; set; } = "";

        public string Terms { get; set; } = "";
    }

    private sealed class ShownRow
    {
        public int Id { get; set; }

        public string? Outlet { get; set; }

        public DateTime? PublishedAt { get; set; }

        public string Text { get; set; } = "";
    }
}
