using System.Text.Json;

namespace NewsReader.Tools.StoryModelTraining;

/// <summary>An article of the development corpora: its file, and the story label it is scored against.</summary>
internal sealed record LabelledArticle(string Key, string Path, string Story);

/// <summary>The files of ../shared/corpus/dev and dev2 in ingest order, with their manifests' story labels (nothing else).</summary>
internal static class LabelledCorpus
{
    public static IReadOnlyList<LabelledArticle> Load(string shared)
    {
        var articles = new List<LabelledArticle>();
        foreach (var corpus in new[] { "dev", "dev2" })
        {
            var folder = System.IO.Path.Combine(shared, "corpus", corpus);
            using var manifest = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(folder, "manifest.json")));
            articles.AddRange(manifest.RootElement.EnumerateArray()
                .Select(e => (File: e.GetProperty("file").GetString()!, Story: e.GetProperty("story").GetString()!))
                .OrderBy(e => e.File, StringComparer.Ordinal)
                .Select(e => new LabelledArticle($"{corpus}/{e.File}", System.IO.Path.Combine(folder, e.File), $"{corpus}:{e.Story}")));
        }

        return articles;
    }
}
