using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Comparison;
using NewsReader.Storage;
using NewsReader.Web.Rendering;

namespace NewsReader.Web.Pages;

public sealed class CompareModel(NewsReaderDbContext db) : PageModel
{
    public const int MaxArticles = 6;

    /// <summary>Article ids, as `ids=1,2` or as repeated `ids=1&amp;ids=2` from the home page's checkboxes.</summary>
    [BindProperty(SupportsGet = true)]
    public string[] Ids { get; set; } = [];

    public ArticleComparison? Comparison { get; private set; }

    public IReadOnlyDictionary<int, EntityChip> Entities { get; private set; } = new Dictionary<int, EntityChip>();

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var ids = ParseIds(Ids);
        if (ids is null || ids.Count is < 2 or > MaxArticles)
        {
            Problem = $"Choose between 2 and {MaxArticles} articles to compare, as /compare?ids=1,2.";
            return Page();
        }

        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new
        {
            a.Id, a.Title, a.Outlet, a.Text,
            Mentions = a.Mentions.Select(m => new { m.Start, m.End, m.EntityId, m.Entity!.Name, m.Entity.Kind }).ToList(),
        }).AsSplitQuery().ToListAsync(cancellationToken);
        if (articles.Count != ids.Count)
        {
            Problem = $"No article with id {string.Join(", ", ids.Except(articles.Select(a => a.Id)))}.";
            return NotFound();
        }

        Entities = articles.SelectMany(a => a.Mentions).DistinctBy(m => m.EntityId).ToDictionary(m => m.EntityId, m => new EntityChip(m.EntityId, m.Name, m.Kind));
        Comparison = ArticleComparison.Build(
            articles.OrderBy(a => ids.IndexOf(a.Id)).Select(a => new ComparedArticle(a.Id, a.Title, a.Outlet, a.Text, a.Mentions.Select(m => (m.Start, m.End, m.EntityId)).ToList())).ToList(),
            Entities.ToDictionary(e => e.Key, e => (e.Value.Name, e.Value.KindName)));
        return Page();
    }

    public ArticleTextView TextOf(int articleId) => new(Comparison!.Columns[articleId], Entities, Comparison.ColorOf);

    private static List<int>? ParseIds(IEnumerable<string> values)
    {
        var ids = new List<int>();
        foreach (var part in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
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
