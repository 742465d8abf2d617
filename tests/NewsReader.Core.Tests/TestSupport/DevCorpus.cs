using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsReader.Entities;

namespace NewsReader.TestSupport;

/// <summary>One gold entity of an article: its kind (null for events), canonical name, surface forms, and whether it is named only in a credit or byline.</summary>
internal sealed record GoldEntity(EntityKind Kind, string Name, IReadOnlyList<string> Mentions, bool Credit);

/// <summary>
/// One article of the development corpora as a user has it: a file on disk. The manifest's story label and the gold
/// entities are the labels it is scored against; its title, outlet and date are what a user could know and give in
/// front matter (<see cref="DevCorpus.WriteMarkdownCopies"/>), never fed to the system any other way.
/// </summary>
internal sealed record DevArticle(string Corpus, string File, string Path, string Story, string? Url, string? Title, string? Outlet, DateTime? Published, IReadOnlyList<GoldEntity> Gold)
{
    public string Key => $"{Corpus}/{File}";

    /// <summary>The manifest's date is to the day and was read from the excerpt (not from the address): the text shows it.</summary>
    public bool DateInText { get; init; }

    /// <summary>The manifest gives the day, not only the month.</summary>
    public bool DatedToTheDay { get; init; }
}

/// <summary>../shared/corpus/dev and dev2: 86 real 2024 excerpts on 16 stories and 6 hard negatives, with gold labels.</summary>
internal static class DevCorpus
{
    public static readonly string[] Corpora = ["dev", "dev2"];

    /// <summary>Every article of both corpora, in corpus then file order (the order a user's `ingest` of the two folders takes).</summary>
    public static IReadOnlyList<DevArticle> Load()
    {
        var articles = new List<DevArticle>();
        foreach (var corpus in Corpora)
        {
            var folder = System.IO.Path.Combine(RepositoryPaths.Shared!, "corpus", corpus);
            using var manifest = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(folder, "manifest.json")));
            using var gold = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(folder, "gold-entities.json")));
            foreach (var entry in manifest.RootElement.EnumerateArray())
            {
                var file = entry.GetProperty("file").GetString()!;
                articles.Add(new DevArticle(
                    corpus,
                    file,
                    System.IO.Path.Combine(folder, file),
                    $"{corpus}:{entry.GetProperty("story").GetString()}",
                    Text(entry, "url"),
                    Text(entry, "title"),
                    Text(entry, "outlet"),
                    Text(entry, "published") is { } date ? DateTime.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) : null,
                    gold.RootElement.TryGetProperty(file, out var entities) ? GoldOf(entities) : [])
                {
                    DatedToTheDay = Text(entry, "published")?.Length == "yyyy-MM-dd".Length,
                    DateInText = Text(entry, "published")?.Length == "yyyy-MM-dd".Length && Text(entry, "published_source") == "excerpt",
                });
            }
        }

        return articles.OrderBy(a => Array.IndexOf(Corpora, a.Corpus)).ThenBy(a => a.File, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A Markdown copy of each article in <paramref name="folder"/>: front matter with what the manifest knows (title
    /// only where it has one, outlet, date, URL), then the captured text as it is. Returns the paths, in order.
    /// </summary>
    public static IReadOnlyList<string> WriteMarkdownCopies(IReadOnlyList<DevArticle> articles, string folder)
    {
        var paths = new List<string>();
        foreach (var article in articles)
        {
            var front = new StringBuilder("---\n");
            Add("title", article.Title);
            Add("outlet", article.Outlet);
            Add("published", article.Published?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            Add("url", article.Url);
            front.Append("---\n");
            var path = System.IO.Path.Combine(folder, $"{article.Corpus}-{System.IO.Path.ChangeExtension(article.File, ".md")}");
            File.WriteAllText(path, front + File.ReadAllText(article.Path));
            paths.Add(path);

            void Add(string key, string? value)
            {
                if (value is not null)
                {
                    front.Append(key).Append(": \"").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
                }
            }
        }

        return paths;
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<GoldEntity> GoldOf(JsonElement entities) =>
        entities.EnumerateArray().Select(e => new GoldEntity(
            e.GetProperty("type").GetString() switch
            {
                "person" => EntityKind.Person,
                "place" => EntityKind.Place,
                "organisation" => EntityKind.Organization,
                _ => EntityKind.Event,
            },
            e.GetProperty("name").GetString()!,
            e.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!).ToList(),
            e.TryGetProperty("role", out var role) && role.GetString() is "credit" or "byline")).ToList();
}
