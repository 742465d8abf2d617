using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsReader.Articles;
using NewsReader.Ingestion;
using NewsReader.Sources;
using NewsReader.Web.Accounts;

namespace NewsReader.Web.Pages;

/// <summary>
/// Adding articles in the browser (administrator only): files (text, HTML, Markdown, feeds) and URLs, a result line
/// per article. The plain form sends everything at once; with JavaScript the page sends one item at a time to
/// <see cref="OnPostItemAsync"/> and shows progress.
/// </summary>
[Authorize(Policy = WriteAccess.AdminPolicy)]
[EnableRateLimiting(WriteAccess.WriteLimit)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, MemoryBufferThreshold = (int)MaxRequestBytes)]
public sealed class IngestModel(SourceIngestor ingestor) : PageModel
{
    /// <summary>
    /// One request carries at most this much: ten files at the per-file limit. Uploads are held in memory up to it
    /// (the form reader's default spills files past 64 KB to temporary files on disk).
    /// </summary>
    public const long MaxRequestBytes = 10 * ArticleLimits.MaxFileBytes;

    /// <summary>One request carries at most this many files and URLs together.</summary>
    public const int MaxItems = 50;

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>URLs, one per line.</summary>
    [BindProperty]
    public string? Urls { get; set; }

    [BindProperty]
    public bool FollowLinks { get; set; }

    public IReadOnlyList<IngestOutcome> Outcomes { get; private set; } = [];

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var urls = UrlLines(Urls);
        if (Files.Count + urls.Count == 0)
        {
            Problem = "Choose at least one file or give a URL.";
            return Page();
        }

        if (Files.Count + urls.Count > MaxItems)
        {
            Problem = $"At most {MaxItems} files and URLs at a time; this had {Files.Count + urls.Count}.";
            return Page();
        }

        Outcomes = await IngestAsync(Files, urls, cancellationToken);
        return Page();
    }

    /// <summary>One file or one URL, answered as JSON: the page's script sends a batch this way to show progress.</summary>
    public async Task<IActionResult> OnPostItemAsync(CancellationToken cancellationToken)
    {
        var urls = UrlLines(Urls);
        if (Files.Count + urls.Count != 1)
        {
            return BadRequest(new { error = "send exactly one file or one URL" });
        }

        var outcomes = await IngestAsync(Files, urls, cancellationToken);
        return new JsonResult(new
        {
            items = outcomes.Select(o => new
            {
                status = o.Status.ToString().ToLowerInvariant(),
                source = o.Source,
                reason = o.Reason,
                articleUrl = o.ArticleId is int id ? Url.Page("/Articles/Details", new { id }) : null,
            }),
        });
    }

    private async Task<List<IngestOutcome>> IngestAsync(IReadOnlyList<IFormFile> files, IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        var options = new IngestOptions(FollowLinks);
        var outcomes = new List<IngestOutcome>();
        foreach (var file in files)
        {
            var name = UploadName(file.FileName);
            if (ArticleLimits.SizeProblem(file.Length) is { } tooLarge)
            {
                outcomes.Add(IngestOutcome.Failed(name, tooLarge));
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            outcomes.AddRange(await ingestor.IngestDocumentAsync(new SourceDocument(name, buffer.ToArray()), options, progress: null, cancellationToken));
        }

        foreach (var url in urls)
        {
            outcomes.AddRange(SourceFile.IsUrl(url)
                ? await ingestor.IngestAsync([url], options, progress: null, cancellationToken)
                : [IngestOutcome.Failed(url, "not a URL: give a full address starting with https://")]);
        }

        return outcomes;
    }

    private static List<string> UrlLines(string? urls) =>
        (urls ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>
    /// An uploaded file's name as a label: the last path segment only (a name like "../../etc/passwd" names nothing
    /// on disk here; uploads are never written to disk), without control characters, at most 200 characters.
    /// </summary>
    public static string UploadName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
        name = name.Trim('.') is "" ? "upload" : name;
        return name.Length > 200 ? name[..200] : name;
    }
}
