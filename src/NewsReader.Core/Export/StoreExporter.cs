using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Storage;

namespace NewsReader.Export;

/// <summary>
/// Writes the whole store as one JSON document, streaming article by article so a large store never sits in
/// memory whole. Aliases are the surface forms other than the canonical name, most frequent first; roles are the
/// titles articles give a person, in the order first stated. Related articles and stories are not built yet: their
/// fields are empty.
/// </summary>
public sealed class StoreExporter(IDbContextFactory<NewsReaderDbContext> contextFactory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var articleIdsByTitle = await ArticleIdsByTitleAsync(db, cancellationToken);

        writer.WriteStartObject();
        writer.WriteStartArray("articles");
        await foreach (var article in ArticlesAsync(db, articleIdsByTitle, cancellationToken))
        {
            JsonSerializer.Serialize(writer, article, Json);
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
            a.Id, a.Title, a.Outlet, a.PublishedAt, a.Source, a.Text,
            Headlines = a.RelatedHeadlines.OrderBy(h => h.Position).Select(h => h.Text).ToList(),
            Mentions = a.Mentions.OrderBy(m => m.Start).Select(m => new ExportedMention(m.EntityId, m.Start, m.End, m.Text)).ToList(),
        });
        await foreach (var a in articles.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var headlines = a.Headlines
                .Select(h => new ExportedRelatedHeadline(h, articleIdsByTitle.TryGetValue(h, out var id) ? id : null))
                .ToList();
            yield return new ExportedArticle(a.Id, a.Title, a.Outlet, a.PublishedAt, a.Source, a.Text, null, headlines, a.Mentions, []);
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
        var titles = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken);
        var byTitle = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in titles)
        {
            byTitle.TryAdd(t.Title, t.Id);
        }

        return byTitle;
    }
}
