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
            var loaded = SourceFile.IsUrl(source)
                ? await fetcher.FetchAsync(new Uri(source), cancellationToken)
                : await SourceFile.LoadAsync(source, options.SourceRoot is null ? null : SourceFile.RelativeName(options.SourceRoot, source), cancellationToken);
            if (loaded.Succeeded)
            {
                outcomes.AddRange(await IngestDocumentAsync(loaded.Value, options, progress, cancellationToken));
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
                { Result.Succeeded: true } => await ingestor.IngestAsync(item.Result.Value, item.Source, cancellationToken),
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

        var item = SourceReader.Read(fetched.Value)[0];
        return item.Result.Succeeded
            ? await ingestor.IngestAsync(item.Result.Value, link.AbsoluteUri, cancellationToken)
            : IngestOutcome.Failed(link.AbsoluteUri, item.Result.Error);
    }
}
