using Microsoft.EntityFrameworkCore;
using NewsReader.Paging;
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

/// <summary>How found articles are ordered: by how well they match, or newest published first (undated last).</summary>
public enum SearchOrder
{
    Relevance,
    Newest,
}

/// <summary>
/// One page of the articles found, ranked, and how many articles match: up to <see cref="FullTextSearch.RankedMatches"/>,
/// all of them, ranked and paged (<see cref="ListPage{T}.Total"/>); past it, the most recently added that many, and
/// <see cref="Matching"/> says only that there are more.
/// </summary>
public sealed record FullTextResults(ListPage<FullTextHit> Page, int Matching)
{
    public static FullTextResults None { get; } = new(new ListPage<FullTextHit>([], PageRequest.Of(1, 1), 0), 0);

    /// <summary>More articles match than were ranked: the pages hold the most recently added of them.</summary>
    public bool MatchingIsMore => Matching > FullTextSearch.RankedMatches;
}

/// <summary>
/// Articles by their words, or naming one of the entities the query names. SQLite FTS5 (table ArticleSearch, created
/// by a migration and kept in step by triggers) finds the articles with the words, the Mentions index those naming
/// the entities in any of their forms ("Raeisi" for a search of "Raisi"); of these, after the filters, the most
/// recently added <see cref="RankedMatches"/> are ranked: FTS5's own bm25() reads a common word's whole posting list
/// before it scores anything (about 30 ms for a word in half of a million articles), so ranking is done here instead,
/// BM25 over the candidates with a title occurrence worth <see cref="TitleWeight"/> body ones, document frequencies
/// from TermStatistics and term counts from each article's stored terms. The hits of the page shown get a highlighted
/// snippet (<see cref="SearchSnippet"/>). docs/search.md says what the bound means for a user.
/// </summary>
public static class FullTextSearch
{
    /// <summary>A phrase or prefix has no stored document frequency: it counts as a word in one article of this many.</summary>
    private const int UnknownTermArticlesPer = 100;

    public const double TitleWeight = 10;

    /// <summary>The most recently added matching articles that are ranked and paged.</summary>
    public const int RankedMatches = 300;

    /// <summary>A prefix this long or longer also stands for the stored words that start with it (<see cref="MatchAsync"/>).</summary>
    private const int MinExpandedPrefix = 3;

    /// <summary>The commonest stored words a prefix stands for.</summary>
    private const int PrefixWords = 30;

    public const char MarkStart = TextMarks.Start;

    public const char MarkEnd = TextMarks.End;

    /// <summary>BM25's term-frequency saturation.</summary>
    private const double K1 = 1.2;

    /// <summary>
    /// The page <paramref name="page"/> of the articles with the query's words, or naming one of
    /// <paramref name="namedEntities"/>, within the filters, in <paramref name="order"/>.
    /// </summary>
    public static async Task<FullTextResults> SearchAsync(
        NewsReaderDbContext db, FullTextQuery query, ArticleFilters filters, SearchOrder order, PageRequest page, CancellationToken cancellationToken,
        IReadOnlyCollection<int>? namedEntities = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filters);
        namedEntities ??= [];
        var match = await MatchAsync(db, query, cancellationToken);
        // The newest matches with their ranking columns, one more than are ranked to tell "more" from "all": counting
        // further cost more than ranking (an AND of two words read a thousand matches in 6 ms at a million articles,
        // where 300 took 4).
        var candidates = await db.Database.SqlQuery<Candidate>($"""
            SELECT a.Id, a.Title, a.Terms, a.PublishedAt
            FROM ArticleSearch AS s
            JOIN Articles AS a ON a.Id = s.rowid
            WHERE ArticleSearch MATCH {match}
              AND ({filters.Outlet} IS NULL OR a.Outlet = {filters.Outlet})
              AND ({filters.From} IS NULL OR a.PublishedAt >= {filters.From})
              AND ({filters.Before} IS NULL OR a.PublishedAt < {filters.Before})
            ORDER BY s.rowid DESC
            LIMIT {RankedMatches + 1}
            """).ToListAsync(cancellationToken);
        var withWords = candidates.Select(c => c.Id).ToList();
        // One entity at a time: with the entity fixed, the Mentions index gives its articles newest first and the
        // scan stops at the limit (a list of entities would sort every mention of a common one first).
        var naming = new List<int>();
        foreach (var entity in namedEntities)
        {
            naming.AddRange(await db.Database.SqlQuery<int>($"""
                SELECT DISTINCT m.ArticleId AS Value
                FROM Mentions AS m
                JOIN Articles AS a ON a.Id = m.ArticleId
                WHERE m.EntityId = {entity}
                  AND ({filters.Outlet} IS NULL OR a.Outlet = {filters.Outlet})
                  AND ({filters.From} IS NULL OR a.PublishedAt >= {filters.From})
                  AND ({filters.Before} IS NULL OR a.PublishedAt < {filters.Before})
                ORDER BY m.ArticleId DESC
                LIMIT {RankedMatches + 1}
                """).ToListAsync(cancellationToken));
        }

        var matching = withWords.Union(naming).OrderDescending().ToList();
        if (matching.Count == 0)
        {
            return FullTextResults.None;
        }

        var ranking = matching.Take(RankedMatches).ToHashSet();
        candidates.RemoveAll(c => !ranking.Contains(c.Id));
        ranking.ExceptWith(candidates.Select(c => c.Id));
        if (ranking.Count > 0)
        {
            var namingOnly = SqlLists.AsJson(ranking);
            candidates.AddRange(await db.Database.SqlQuery<Candidate>(
                $"SELECT Id, Title, Terms, PublishedAt FROM Articles WHERE Id IN (SELECT value FROM json_each({namingOnly}))").ToListAsync(cancellationToken));
        }

        var words = query.Words.Select(w => (Query: w, Term: w.IsPrefix || w.Text.Contains(' ', StringComparison.Ordinal) ? null : ContentTerms.Term(w.Text))).ToList();
        var terms = SqlLists.AsJson(words.Select(w => w.Term).OfType<string>().Distinct());
        var documentFrequency = await db.TermStatistics.FromSql($"SELECT Term, Articles FROM TermStatistics WHERE Term IN (SELECT value FROM json_each({terms}))")
            .AsNoTracking().ToDictionaryAsync(t => t.Term, t => t.Articles, StringComparer.Ordinal, cancellationToken);
        var articleCount = Math.Max(1, await db.Database.SqlQuery<int>($"SELECT coalesce(max(Id), 0) AS Value FROM Articles").SingleAsync(cancellationToken));

        var hits = candidates.Select(c => new FullTextHit
        {
            Id = c.Id,
            Title = c.Title,
            PublishedAt = c.PublishedAt,
            Rank = -words.Sum(w => Bm25(w.Query, w.Term, c, documentFrequency, articleCount)),
        });
        // Equal ranks: the article with the words as typed before one that only names the entity another way, then
        // the newer publication, undated last.
        var typed = withWords.ToHashSet();
        var ranked = (order == SearchOrder.Newest
                ? hits.OrderBy(h => h.PublishedAt is null).ThenByDescending(h => h.PublishedAt).ThenBy(h => h.Rank).ThenByDescending(h => typed.Contains(h.Id))
                : hits.OrderBy(h => h.Rank).ThenByDescending(h => typed.Contains(h.Id)).ThenBy(h => h.PublishedAt is null).ThenByDescending(h => h.PublishedAt))
            .ThenByDescending(h => h.Id)
            .ToList();
        var shownPage = ListPage.Of(ranked, page);
        await AddSnippetsAsync(db, query, shownPage.Items, namedEntities, cancellationToken);
        return new FullTextResults(shownPage, matching.Count);
    }

    /// <summary>
    /// Outlets and snippets for the hits shown only, snippets from their texts with the query's words marked, and
    /// the named entities' forms where the article names one ("Raeisi").
    /// </summary>
    private static async Task AddSnippetsAsync(
        NewsReaderDbContext db, FullTextQuery query, IReadOnlyList<FullTextHit> hits, IReadOnlyCollection<int> namedEntities, CancellationToken cancellationToken)
    {
        var ids = SqlLists.AsJson(hits.Select(h => h.Id));
        var shown = await db.Database.SqlQuery<ShownRow>($"SELECT Id, Outlet, Text FROM Articles WHERE Id IN (SELECT value FROM json_each({ids}))")
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var entities = SqlLists.AsJson(namedEntities);
        var forms = (namedEntities.Count == 0 ? [] : await db.Mentions.FromSql(
                $"SELECT * FROM Mentions WHERE EntityId IN (SELECT value FROM json_each({entities})) AND ArticleId IN (SELECT value FROM json_each({ids}))")
            .AsNoTracking().Select(m => new NamedForm(m.ArticleId, m.Text)).Distinct().ToListAsync(cancellationToken))
            .ToLookup(m => m.ArticleId, m => m.Text);
        var snippets = new SearchSnippet(query.Words);
        foreach (var hit in hits)
        {
            if (shown.TryGetValue(hit.Id, out var row))
            {
                var named = forms[hit.Id].SelectMany(form => FullTextQuery.Parse($"\"{form}\"")?.Words ?? []).ToList();
                var snippet = named.Count == 0 ? snippets : new SearchSnippet([.. query.Words, .. named]);
                (hit.Outlet, hit.Snippet) = (row.Outlet, snippet.Make(row.Text));
            }
        }
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

        public DateTime? PublishedAt { get; set; }
    }

    private sealed record NamedForm(int ArticleId, string Text);

    private sealed class ShownRow
    {
        public int Id { get; set; }

        public string? Outlet { get; set; }

        public string Text { get; set; } = "";
    }
}
