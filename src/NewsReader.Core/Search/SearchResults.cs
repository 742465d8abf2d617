using NewsReader.Entities;
using NewsReader.Storage;

namespace NewsReader.Search;

/// <summary>What a person asked the search page for: words or a name, and the filters.</summary>
/// <param name="Query">The words or name as typed.</param>
/// <param name="Kind">Only names of this kind, as the export writes it ("place"); null or empty for any.</param>
/// <param name="Outlet">Only articles from this outlet.</param>
/// <param name="From">Only articles published on or after this day.</param>
/// <param name="To">Only articles published on or before this day.</param>
public sealed record SearchRequest(string? Query, string? Kind = null, string? Outlet = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// What the search page shows: the entities whose names match (<see cref="EntitySearch"/>), then the articles whose
/// words do (<see cref="FullTextSearch"/>), or the problem with the request.
/// </summary>
public sealed record SearchResults(string? Problem, IReadOnlyList<EntityHit> Entities, IReadOnlyList<FullTextHit> Articles)
{
    /// <summary>Whether more names match than the <see cref="MaxResults"/> shown.</summary>
    public bool MoreEntities { get; init; }

    /// <summary>Whether more articles match than the <see cref="MaxResults"/> shown.</summary>
    public bool MoreArticles { get; init; }

    /// <summary>
    /// The name the query was probably meant as, when no article has its words but a name in articles is spelled close
    /// to it ("Netanhayu": Benjamin Netanyahu); a search for that name finds them.
    /// </summary>
    public EntityHit? DidYouMean { get; init; }

    public const int MaxQueryLength = 200;

    /// <summary>At most this many names, and this many articles.</summary>
    public const int MaxResults = 50;

    public static SearchResults None { get; } = new(null, [], []);

    public static async Task<SearchResults> FindAsync(NewsReaderDbContext db, EntityNameIndex names, SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            return None;
        }

        if (query.Length > MaxQueryLength)
        {
            return Refused($"Search for at most {MaxQueryLength} characters.");
        }

        var kind = EntityKinds.FromExportName(request.Kind);
        if (kind is null && !string.IsNullOrWhiteSpace(request.Kind))
        {
            return Refused($"There is no kind of name “{request.Kind.Trim()}”: choose person, place, organization or event.");
        }

        if (request.From is { } from && request.To is { } to && from > to)
        {
            return Refused($"The first day ({from:yyyy-MM-dd}) is after the last ({to:yyyy-MM-dd}).");
        }

        // Names compare in normal form (case, accents and dots folded) and forgive small misspellings; the kind
        // narrows the names before the best are taken, so a kind's few names are not crowded out by another's.
        var entities = await EntitySearch.FindAsync(db, names, query, MaxResults + 1, kind, cancellationToken);

        // Articles by their words: BM25 with titles weighted, a highlighted snippet.
        List<FullTextHit> articles = [];
        if (FullTextQuery.Parse(query) is { } words)
        {
            var filters = new ArticleFilters(
                string.IsNullOrWhiteSpace(request.Outlet) ? null : request.Outlet.Trim(),
                request.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                request.To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            articles = await FullTextSearch.SearchAsync(db, words, filters, MaxResults + 1, cancellationToken);
        }

        // One more than is shown is asked for, so that the page can say when there are more.
        return new SearchResults(null, entities.Take(MaxResults).ToList(), articles.Take(MaxResults).ToList())
        {
            MoreEntities = entities.Count > MaxResults,
            MoreArticles = articles.Count > MaxResults,
            DidYouMean = articles.Count == 0 ? entities.FirstOrDefault(e => e.Match == NameMatch.Fuzzy && e.ArticleCount > 0) : null,
        };
    }

    private static SearchResults Refused(string problem) => new(problem, [], []);
}
