using NewsReader.Articles;
using NewsReader.Fetching;
using NewsReader.Sources;

namespace NewsReader.Ingestion;

/// <summary>
/// Ingests sources of every kind: files and folders (recursively), http(s) URLs, and uploaded documents. Each source
/// is read within bounds (<see cref="SourceReader"/>) and each article in it stored on its own, so a bad file, page or
/// feed item is reported and skipped and the rest of the batch goes on.
/// </summary>
public sealed class SourceIngestor(ArticleIngestor ingestor, WebFetcher fetcher)
{
    /// <summary>Whether a source is a URL to fetch rather than a path.</summary>
    public static bool IsUrl(string source) =>
        source.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(source, UriKind.Absolute, out _);

    /// <summary>
    /// Every source the arguments name: folders expanded to the files of a supported type in a stable order, files
    /// and URLs as given (a missing path is reported when ingested, not thrown here).
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<string>();
        foreach (var path in paths)
        {
            if (!IsUrl(path) && Directory.Exists(path))
            {
                sources.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => SourceFormats.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                sources.Add(path);
            }
        }

        return sources;
    }

    /// <summary>
    /// Ingests the sources in order, reporting each article's outcome as it lands. A file's source is its path as
    /// given, or relative to <see cref="IngestOptions.SourceRoot"/> ("seeds/a.txt" rather than a build folder's path).
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(
        IReadOnlyList<string> sources, IngestOptions options, IProgress<IngestOutcome>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        var outcomes = new List<IngestOutcome>(sources.Count);
        foreach (var source in sources)
        {
            var loaded = IsUrl(source) ? await fetcher.FetchAsync(new Uri(source), cancellationToken) : await LoadFileAsync(source, options.SourceRoot, cancellationToken);
            if (loaded.Succeeded)
            {
                outcomes.AddRange(await IngestDocumentAsync(loaded.Document, options, progress, cancellationToken));
            }
            else
            {
                var failed = IngestOutcome.Failed(source, loaded.Error);
                outcomes.Add(failed);
                progress?.Report(failed);
            }
        }

        return outcomes;
    }

    /// <summary>Ingests one file, with its path as the source.</summary>
    public async Task<IngestOutcome> IngestFileAsync(string file, CancellationToken cancellationToken) =>
        (await IngestAsync([file], IngestOptions.Default, progress: null, cancellationToken))[0];

    /// <summary>Ingests every article in one document: an upload, a file's bytes, a fetched page or feed.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestDocumentAsync(
        SourceDocument document, IngestOptions options, IProgress<IngestOutcome>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var outcomes = new List<IngestOutcome>();
        foreach (var item in SourceReader.Read(document))
        {
            var outcome = item switch
            {
                { Result.Succeeded: true } => await ingestor.IngestAsync(item.Result.Article, item.Source, cancellationToken),
                { FullTextAt: { } link } when options.FollowLinks => await IngestLinkedPageAsync(link, cancellationToken),
                _ => IngestOutcome.Failed(item.Source, item.Result.Error!),
            };
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }

        return outcomes;
    }

    /// <summary>A feed item's own page, fetched and read as one article.</summary>
    private async Task<IngestOutcome> IngestLinkedPageAsync(Uri link, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(link, cancellationToken);
        if (!fetched.Succeeded)
        {
            return IngestOutcome.Failed(link.AbsoluteUri, fetched.Error);
        }

        var item = SourceReader.Read(fetched.Document)[0];
        return item.Result.Succeeded
            ? await ingestor.IngestAsync(item.Result.Article, link.AbsoluteUri, cancellationToken)
            : IngestOutcome.Failed(link.AbsoluteUri, item.Result.Error);
    }

    private static async Task<FetchResult> LoadFileAsync(string file, string? sourceRoot, CancellationToken cancellationToken)
    {
        var source = sourceRoot is null ? file : Path.GetRelativePath(sourceRoot, file).Replace('\\', '/');
        try
        {
            var info = new FileInfo(file);
            return !info.Exists ? FetchResult.Failure("no such file")
                : ArticleLimits.SizeProblem(info.Length) is { } tooLarge ? FetchResult.Failure(tooLarge)
                : FetchResult.Success(new SourceDocument(source, await File.ReadAllBytesAsync(file, cancellationToken)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FetchResult.Failure($"cannot read: {ex.Message}");
        }
    }
}
