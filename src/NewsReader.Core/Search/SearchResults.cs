using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Paging;
using NewsReader.Storage;

namespace NewsReader.Search;

/// <summary>What a person asked the search page for: words or a name, and the filters.</summary>
/// <param name="Query">The words or name as typed.</param>
/// <param name="Kind">Only names of this kind, as the export writes it ("place"); null or empty for any.</param>
/// <param name="Outlet">Only articles from this outlet.</param>
/// <param name="From">Only articles published on or after this day.</param>
/// <param name="To">Only articles published on or before this day.</param>
/// <param name="Order">Articles by relevance (the default) or newest first.</param>
/// <param name="Page">Which page of articles, from 1.</param>
public sealed record SearchRequest(
    string? Query, string? Kind = null, string? Outlet = null, DateOnly? From = null, DateOnly? To = null, SearchOrder Order = SearchOrder.Relevance, int? Page = null);

/// <summary>
/// What the search page shows: the entities whose names match (<see cref="EntitySearch"/>), then the articles whose
/// words do, or that name what the query names in another form (<see cref="FullTextSearch"/>), a page at a time, or
/// the problem with the request.
/// </summary>
public sealed record SearchResults(string? Problem, IReadOnlyList<EntityHit> Entities, FullTextResults FoundArticles)
{
    /// <summary>Whether more names match than the <see cref="MaxResults"/> shown.</summary>
    public bool MoreEntities { get; init; }

    /// <summary>The page of articles shown.</summary>
    public IReadOnlyList<FullTextHit> Articles => FoundArticles.Page.Items;

    /// <summary>
    /// The names whose articles were found in every form they are written ("Ebrahim Raisi" for "Raisi", with the
    /// articles that write "Raeisi"): an entity named exactly so, or the one entity with that other name.
    /// </summary>
    public IReadOnlyList<EntityHit> NamedEntities { get; init; } = [];

    /// <summary>The query respelled with stored words, when no article matches and no name is close ("negotaitions").</summary>
    public string? DidYouMeanWords { get; init; }

    /// <summary>
    /// The name the query was probably meant as, when no article has its words but a name in articles is spelled close
    /// to it ("Netanhayu": Benjamin Netanyahu); a search for that name finds them.
    /// </summary>
    public EntityHit? DidYouMean { get; init; }

    public const int MaxQueryLength = 200;

    /// <summary>At most this many names; articles this many a page.</summary>
    public const int MaxResults = 50;

    public static SearchResults None { get; } = new(null, [], FullTextResults.None);

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
            return Refusal($"Search for at most {MaxQueryLength} characters.");
        }

        var kind = EntityKinds.FromExportName(request.Kind);
        if (kind is null && !string.IsNullOrWhiteSpace(request.Kind))
        {
            return Refusal($"There is no kind of name “{request.Kind.Trim()}”: choose person, place, organization or event.");
        }

        if (request.From is { } from && request.To is { } to && from > to)
        {
            return Refusal($"The first day ({from:yyyy-MM-dd}) is after the last ({to:yyyy-MM-dd}).");
        }

        // Names compare in normal form (case, accents and dots folded) and forgive small misspellings; the kind
        // narrows the names before the best are taken, so a kind's few names are not crowded out by another's.
        var entities = await EntitySearch.FindAsync(db, names, query, MaxResults + 1, kind, cancellationToken);

        // Articles by their words, or naming what the query names; BM25 with titles weighted, a highlighted snippet.
        var named = await NamedAsync(db, entities, EntityNames.Normalize(query), kind, cancellationToken);
        var articles = FullTextResults.None;
        var words = FullTextQuery.Parse(query);
        if (words is not null)
        {
            var filters = new ArticleFilters(
                string.IsNullOrWhiteSpace(request.Outlet) ? null : request.Outlet.Trim(),
                request.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                request.To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            articles = await FullTextSearch.SearchAsync(
                db, words, filters, request.Order, PageRequest.Of(request.Page, MaxResults), cancellationToken, named.Select(e => e.Id).ToList());
        }

        // One more name than is shown is asked for, so that the page can say when there are more.
        var meant = articles.Matching == 0 ? entities.FirstOrDefault(e => e.Match == NameMatch.Fuzzy && e.ArticleCount > 0) : null;
        return new SearchResults(null, entities.Take(MaxResults).ToList(), articles)
        {
            MoreEntities = entities.Count > MaxResults,
            NamedEntities = named,
            DidYouMean = meant,
            DidYouMeanWords = articles.Matching == 0 && meant is null && words is not null
                ? await WordSuggestion.ForAsync(db, words, cancellationToken) : null,
        };
    }

    /// <summary>Names of more than this many letters are looked for among other names (a surname: "raisi").</summary>
    private const int MinAliasLength = 4;

    /// <summary>
    /// The entities the query names: those named exactly as typed (case, accents and dots aside), else the one entity
    /// that answers to it as another name (an alias such as a surname, "Raisi"), when only one does. At most three.
    /// </summary>
    private static async Task<IReadOnlyList<EntityHit>> NamedAsync(
        NewsReaderDbContext db, IReadOnlyList<EntityHit> found, string normal, EntityKind? kind, CancellationToken cancellationToken)
    {
        var exact = found.Where(e => e.Match == NameMatch.Exact).Take(3).ToList();
        if (exact.Count > 0 || normal.Length < MinAliasLength)
        {
            return exact;
        }

        var kinds = kind is { } one ? [one] : Enum.GetValues<EntityKind>();
        var answering = await db.Aliases.AsNoTracking()
            .Where(a => kinds.Contains(a.Kind) && a.NormalizedAlias == normal)
            .Select(a => a.EntityId).Distinct().OrderBy(id => id).Take(2).ToListAsync(cancellationToken);
        if (answering.Count != 1)
        {
            return [];
        }

        return await db.Entities.AsNoTracking().Where(e => e.Id == answering[0])
            .Select(e => new EntityHit(e.Id, e.Name, e.Kind, e.ArticleCount, NameMatch.Exact)).ToListAsync(cancellationToken);
    }

    /// <summary>Results that only say why the request cannot be answered.</summary>
    public static SearchResults Refusal(string problem) => new(problem, [], FullTextResults.None);
}
