using NewsReader.Articles;
using NewsReader.TestSupport;

namespace NewsReader.Sources;

/// <summary>
/// The 86 real captures of ../shared/corpus/dev and dev2, read as `ingest` reads them: none refused, derived
/// headlines flagged and short, no capture stamp left in a headline or text, and the front matter of a Markdown copy
/// (YAML-escaped as a user's tool writes it) giving exactly the manifest's title.
/// </summary>
public sealed class RealCapturesTests
{
    [SharedDataFact]
    public async Task Every_plain_capture_is_read_and_derived_headlines_are_flagged_and_short()
    {
        foreach (var article in DevCorpus.Load())
        {
            var parsed = await ReadAsync(article.Path, article.Key);

            if (parsed.TitleDerived)
            {
                parsed.Title.Length.Should().BeLessThanOrEqualTo(LeadHeadline.MaxLength, article.Key);
            }

            parsed.Title.Should().NotStartWith("date ", article.Key);
            parsed.Text.Should().NotMatchRegex(@"^\s*date \d{4}-\d{2}-\d{2}", article.Key);
        }
    }

    [SharedDataFact]
    public async Task A_markdown_copy_takes_the_front_matter_title_and_derives_one_only_where_none_is_given()
    {
        var articles = DevCorpus.Load();
        var folder = Directory.CreateTempSubdirectory("newsreader-markdown-").FullName;
        try
        {
            var paths = DevCorpus.WriteMarkdownCopies(articles, folder);
            for (var i = 0; i < articles.Count; i++)
            {
                var parsed = await ReadAsync(paths[i], articles[i].Key);

                if (articles[i].Title is { } title)
                {
                    parsed.Title.Should().Be(title, articles[i].Key);
                    parsed.TitleDerived.Should().BeFalse(articles[i].Key);
                }
                else
                {
                    parsed.Title.Length.Should().BeLessThanOrEqualTo(ArticleLimits.MaxTitleLength, articles[i].Key);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<ParsedArticle> ReadAsync(string path, string name)
    {
        var document = await SourceFile.LoadAsync(path, source: null, CancellationToken.None);
        var item = SourceReader.Read(document.Value!).Single();
        item.Result.Succeeded.Should().BeTrue($"{name}: {item.Result.Error}");
        return item.Result.Value!;
    }
}
