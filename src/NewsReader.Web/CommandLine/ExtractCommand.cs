using System.Text.Encodings.Web;
using System.Text.Json;
using NewsReader.Sources;
using NewsReader.Sources.Html;

namespace NewsReader.Web.CommandLine;

/// <summary>
/// `extract &lt;file&gt;...`: reads saved HTML pages and writes one JSON object per line per input,
/// <c>{"source","title","byline","published","siteName","text"}</c>, text with paragraphs separated by a blank line.
/// Files are loaded and pages decoded and bounded as `ingest` does (<see cref="SourceFile"/>,
/// <see cref="HtmlArticleReader.Extract(SourceDocument)"/>), without judging whether the page is an article. A file that
/// cannot be read is reported on standard error and the rest go on; the exit code says whether any failed.
/// </summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var path in arguments.Paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = await SourceFile.LoadAsync(path, source: null, cancellationToken);
            var page = file.Succeeded ? HtmlArticleReader.Extract(file.Value) : Result<ExtractedArticle>.Failure(file.Error);
            if (!page.Succeeded)
            {
                failed++;
                await console.Error.WriteLineAsync($"{path}: {page.Error}");
                continue;
            }

            var article = page.Value;
            var line = JsonSerializer.Serialize(new { source = path, article.Title, article.Byline, article.Published, article.SiteName, article.Text }, Json);
            await console.Out.WriteLineAsync(line);
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.InputFailed;
    }
}
