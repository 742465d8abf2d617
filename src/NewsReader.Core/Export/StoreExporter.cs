using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Storage;
using NewsReader.Stories;

namespace NewsReader.Export;

/// <summary>
/// Writes the whole store as one JSON document, streaming article by article so a large store never sits in
/// memory whole. Each article says where it was read from (source), where it was published and by whom (url, byline,
/// null when the source does not say) and when it was stored (ingestedAt). Aliases are the surface forms other than the canonical name, most frequent first; roles are the
/// titles articles give a person, in the order first stated. Each article carries its story and its related articles
/// in rank order with their scores (<see cref="RelatedArticles"/>); stories list their articles by id.
/// </summary>
public sealed class StoreExporter(IDbContextFactory<NewsReaderDbContext> contextFactory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        await using var lookups = await contextFactory.CreateDbContextAsync(cancellationToken);
        var articleIdsByTitle = await ArticleIdsByTitleAsync(db, cancellationToken);

        writer.WriteStartObject();
        writer.WriteStartArray("articles");
        await foreach (var article in ArticlesAsync(db, articleIdsByTitle, cancellationToken))
        {
            var related = RelatedArticles.Ranked(await SimilarArticles.FindAsync(lookups, article.Id, cancellationToken))
                .Select(r => new ExportedRelatedArticle(r.ArticleId, Math.Round(r.Similarity.Score, 4)))
                .ToList();
            JsonSerializer.Serialize(writer, article with { Related = related }, Json);
            await writer.FlushAsync(cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        var aliases = await AliasesAsync(db, cancellationToken);
        var roles = (await db.Roles.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.EntityId, r.Title }).ToListAsync(cancellationToken))
            .ToLookup(r => r.EntityId, r => r.Title);
        await foreach (var entity in db.Entities.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var written = aliases[entity.Id].Where(a => a != entity.Name).ToList();
            var titles = roles[entity.Id].Distinct(StringComparer.Ordinal).ToList();
            JsonSerializer.Serialize(writer, new ExportedEntity(entity.Id, EntityKinds.ToExportName(entity.Kind), entity.Name, written, titles), Json);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("stories");
        var storyArticles = (await db.Articles.AsNoTracking().Where(a => a.StoryId != null).OrderBy(a => a.Id)
            .Select(a => new { StoryId = a.StoryId!.Value, a.Id }).ToListAsync(cancellationToken)).ToLookup(a => a.StoryId, a => a.Id);
        await foreach (var story in db.Stories.AsNoTracking().OrderBy(s => s.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(writer, new ExportedStory(story.Id, story.Title, storyArticles[story.Id].ToList()), Json);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static async IAsyncEnumerable<ExportedArticle> ArticlesAsync(
        NewsReaderDbContext db,
        IReadOnlyDictionary<string, int> articleIdsByTitle,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking().AsSplitQuery().OrderBy(a => a.Id).Select(a => new
        {
            a.Id, a.Title, a.TitleDerived, a.Outlet, a.PublishedAt, a.Source, Url = a.Origin!.Url, Byline = a.Origin!.Byline, a.IngestedAt, a.Text, a.StoryId,
            Headlines = a.RelatedHeadlines.OrderBy(h => h.Position).Select(h => h.Text).ToList(),
            Mentions = a.Mentions.OrderBy(m => m.Start).Select(m => new ExportedMention(m.EntityId, m.Start, m.End, m.Text)).ToList(),
        });
        await foreach (var a in articles.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var headlines = a.Headlines
                .Select(h => new ExportedRelatedHeadline(h, articleIdsByTitle.TryGetValue(h, out var id) ? id : null))
                .ToList();
            yield return new ExportedArticle(
                a.Id, a.Title, a.TitleDerived, a.Outlet, a.PublishedAt, a.Source, a.Url, a.Byline, a.IngestedAt, a.Text, a.StoryId, headlines, a.Mentions, []);
        }
    }

    /// <summary>Every entity's surface forms as written, most frequent first.</summary>
    private static async Task<ILookup<int, string>> AliasesAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        var forms = await db.Mentions.AsNoTracking()
            .GroupBy(m => new { m.EntityId, m.Text })
            .Select(g => new { g.Key.EntityId, g.Key.Text, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return forms.OrderByDescending(f => f.Count).ThenBy(f => f.Text, StringComparer.Ordinal).ToLookup(f => f.EntityId, f => f.Text);
    }

    private static async Task<IReadOnlyDictionary<string, int>> ArticleIdsByTitleAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        var titles = await db.Articles.AsNoTracking().Where(a => !a.TitleDerived).OrderBy(a => a.Id).Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken);
        var byTitle = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in titles)
        {
            byTitle.TryAdd(t.Title, t.Id);
        }

        return byTitle;
    }
}
