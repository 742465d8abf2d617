using System.Globalization;
using NewsReader.Articles;
using NewsReader.Search;

namespace NewsReader.Web.Rendering;

/// <summary>
/// Every reading page's address, built in one place: pages, partials, the text renderer and the suggestions API link
/// through these, so a route changes here and nowhere else. Each matches its page's <c>@page</c> route.
/// </summary>
public static class Links
{
    public const string Home = "/";

    public const string Stories = "/stories";

    public const string StoriesOnHome = "/?view=stories";

    public const string Ingest = "/ingest";

    public const string Subscriptions = "/subscriptions";

    public const string SignIn = "/account/login";

    /// <summary>Page <paramref name="page"/> of the home page's articles, or of its stories alone.</summary>
    public static string HomePage(int page, bool storiesOnly) =>
        (storiesOnly, page <= 1) switch
        {
            (true, true) => StoriesOnHome,
            (true, false) => $"{StoriesOnHome}&page={Id(page)}",
            (false, true) => Home,
            (false, false) => $"/?page={Id(page)}",
        };

    /// <summary>Page <paramref name="page"/> of the story list.</summary>
    public static string StoriesPage(int page) => page <= 1 ? Stories : $"{Stories}?page={Id(page)}";

    /// <summary>"/articles/12/quake-shakes-coast": the slug is for people, the id finds the article.</summary>
    public static string Article(int id, string? title = null) =>
        title is null ? $"/articles/{Id(id)}" : $"/articles/{Id(id)}/{Slug.From(title)}";

    /// <summary>Part <paramref name="part"/> of a very long article (the first part is the article's own address).</summary>
    public static string ArticlePart(int id, string title, int part) =>
        part <= 1 ? Article(id, title) : $"{Article(id, title)}?part={Id(part)}";

    public static string Entity(int id, string name) => $"/entities/{Id(id)}/{Slug.From(name)}";

    /// <summary>Page <paramref name="page"/> of the articles naming an entity (the first is the entity's own address).</summary>
    public static string EntityPage(int id, string name, int page) => page <= 1 ? Entity(id, name) : $"{Entity(id, name)}?page={Id(page)}";

    public static string Story(int id) => $"/stories/{Id(id)}";

    public static string Compare(IEnumerable<int> ids) => "/compare?ids=" + string.Join(',', ids.Select(Id));

    /// <summary>The comparison of <paramref name="ids"/> as a Markdown file.</summary>
    public static string CompareMarkdown(IEnumerable<int> ids) => Compare(ids) + "&handler=markdown";

    public static string Search(string query) => "/search?q=" + Uri.EscapeDataString(query);

    /// <summary>A search with its filters, in <paramref name="order"/>, at page <paramref name="page"/>: only what differs from the defaults is written.</summary>
    public static string SearchPage(string query, string? kind, string? outlet, DateOnly? from, DateOnly? to, SearchOrder order, int page)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(query) };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }

        Add("kind", kind);
        Add("outlet", outlet);
        Add("from", from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("sort", order == SearchOrder.Newest ? "newest" : null);
        Add("page", page > 1 ? Id(page) : null);
        return "/search?" + string.Join('&', parts);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
