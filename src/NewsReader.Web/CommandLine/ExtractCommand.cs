using System.Text.Encodings.Web;
using System.Text.Json;
using NewsReader.Articles;
using NewsReader.Extraction;
using NewsReader.Sources;

namespace NewsReader.Web.CommandLine;

/// <summary>
/// `extract &lt;file&gt;...`: reads saved HTML pages and writes one JSON object per line per input,
/// <c>{"source","title","byline","published","siteName","text"}</c>, text with paragraphs separated by a blank line.
/// Character sets as <see cref="PageDecoder"/> reads them. A file that cannot be read is reported on standard error and the rest go on; the exit code says whether any failed.
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
            var problem = !File.Exists(path) ? "no such file"
                : new FileInfo(path).Length == 0 ? "empty file"
                : new FileInfo(path).Length > ArticleLimits.MaxFileBytes ? $"too large: the limit is {ArticleLimits.MaxFileBytes:N0} bytes"
                : null;
            if (problem is not null)
            {
                failed++;
                await console.Error.WriteLineAsync($"{path}: {problem}");
                continue;
            }

            var html = PageDecoder.Decode(await File.ReadAllBytesAsync(path, cancellationToken), servedCharset: null);
            var depth = html.Succeeded ? HtmlNesting.DepthOf(html.Text) : 0;
            if (!html.Succeeded || depth > HtmlNesting.MaxDepth)
            {
                failed++;
                await console.Error.WriteLineAsync($"{path}: {html.Error ?? $"nested {depth:N0} elements deep (the limit is {HtmlNesting.MaxDepth:N0})"}");
                continue;
            }

            var article = HtmlArticleExtractor.Extract(html.Text);
            var line = JsonSerializer.Serialize(new { source = path, article.Title, article.Byline, article.Published, article.SiteName, article.Text }, Json);
            await console.Out.WriteLineAsync(line);
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.InputFailed;
    }
}
