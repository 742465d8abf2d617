using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Comparison;
using NewsReader.Storage;
using NewsReader.Web.Rendering;

namespace NewsReader.Web.Pages;

public sealed class CompareModel(NewsReaderDbContext db) : PageModel
{
    /// <summary>Article ids, as `ids=1,2` or as repeated `ids=1&amp;ids=2` from the home page's checkboxes.</summary>
    [BindProperty(SupportsGet = true)]
    public string?[] Ids { get; set; } = [];

    public ComparisonPage? Compared { get; private set; }

    /// <summary>Why there is nothing to compare, said on the page with its status code.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var ids = ParseIds(Ids);
        if (ids is null || ids.Count is < ComparisonPage.MinArticles or > ComparisonPage.MaxArticles)
        {
            // Reached by pressing "Compare selected" with too few ticked: a page that says what to do.
            Problem = $"Choose between {ComparisonPage.MinArticles} and {ComparisonPage.MaxArticles} articles to compare, as /compare?ids=1,2.";
            return Page();
        }

        Compared = await ComparisonPage.LoadAsync(db, ids, cancellationToken);
        if (Compared.MissingIds.Count > 0)
        {
            Problem = $"No article with id {string.Join(", ", Compared.MissingIds)}.";
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    /// <summary>The comparison as a Markdown file (<see cref="ComparisonMarkdown"/>), or the page saying why there is none.</summary>
    public async Task<IActionResult> OnGetMarkdownAsync(CancellationToken cancellationToken)
    {
        var page = await OnGetAsync(cancellationToken);
        if (Problem is not null || Compared?.Comparison is not { } comparison)
        {
            return page;
        }

        var name = "comparison-" + string.Join('-', comparison.Articles.Select(a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ".md";
        return File(System.Text.Encoding.UTF8.GetBytes(ComparisonMarkdown.Write(comparison)), "text/markdown; charset=utf-8", name);
    }

    public ArticleTextView TextOf(int articleId) => new(Compared!.Comparison!.Columns[articleId], Compared.Entities, Compared.Comparison.ColorOf);

    /// <summary>The ids asked for, in order and once each; an empty value ("ids=") adds none; null when one is not an id.</summary>
    private static List<int>? ParseIds(IEnumerable<string?> values)
    {
        var ids = new List<int>();
        foreach (var part in values.OfType<string>().SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!int.TryParse(part, out var id) || id <= 0)
            {
                return null;
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
