using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsReader.Fetching;
using NewsReader.Sources;

namespace NewsReader.Ingestion;

/// <summary>
/// Ingests sources of every kind: files and folders (recursively), http(s) URLs, and uploaded documents. Each source
/// is read within bounds (<see cref="SourceReader"/>) and each article in it stored on its own, so a bad file, page or
/// feed item is reported and skipped and the rest of the batch goes on: even an exception nobody foresaw, from
/// loading, reading or storing one source, becomes that source's "failed: unexpected error …" line, and is logged
/// once, as an error with its stack trace, for the operator.
/// </summary>
public sealed partial class SourceIngestor
{
    private readonly ArticleIngestor _ingestor;
    private readonly WebFetcher _fetcher;
    private readonly Func<SourceDocument, IReadOnlyList<SourceItem>> _read;
    private readonly ILogger _logger;

    public SourceIngestor(ArticleIngestor ingestor, WebFetcher fetcher, ILogger<SourceIngestor>? logger = null)
        : this(ingestor, fetcher, SourceReader.Read, logger)
    {
    }

    /// <summary>With another reader of documents: how tests show that a reader's failure stays with its source.</summary>
    internal SourceIngestor(ArticleIngestor ingestor, WebFetcher fetcher, Func<SourceDocument, IReadOnlyList<SourceItem>> read, ILogger<SourceIngestor>? logger = null)
    {
        _ingestor = ingestor;
        _fetcher = fetcher;
        _read = read;
        _logger = logger ?? NullLogger<SourceIngestor>.Instance;
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
            Result<SourceDocument> loaded;
            try
            {
                loaded = SourceFile.IsUrl(source)
                    ? await _fetcher.FetchAsync(new Uri(source), cancellationToken)
                    : await SourceFile.LoadAsync(source, options.SourceRoot is null ? null : SourceFile.RelativeName(options.SourceRoot, source), cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                loaded = Result<SourceDocument>.Failure(Unexpected(source, exception));
            }

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
        foreach (var item in Read(document))
        {
            var outcome = await IngestItemAsync(item, options, cancellationToken);
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }

        return outcomes;
    }

    /// <summary>
    /// Ingests one item a document held: its article, or with links followed the page a teaser names, or says why
    /// not. Never throws but for cancellation.
    /// </summary>
    public async Task<IngestOutcome> IngestItemAsync(SourceItem item, IngestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return item switch
            {
                { Result.Succeeded: true } => await _ingestor.IngestAsync(item.Result.Value, item.Source, cancellationToken),
                { FullTextAt: { } link } when options.FollowLinks => await IngestLinkedPageAsync(link, cancellationToken),
                _ => IngestOutcome.Failed(item.Source, item.Result.Error!),
            };
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return IngestOutcome.Failed(item.Source, Unexpected(item.Source, exception));
        }
    }

    /// <summary>Reads the items of one document, or one failed item saying why it could not be read.</summary>
    public IReadOnlyList<SourceItem> Read(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return _read(document);
        }
        catch (Exception exception)
        {
            return [SourceItem.Failed(document.Source, Unexpected(document.Source, exception))];
        }
    }

    /// <summary>
    /// One line for an exception nobody foresaw: its kind and message, never a stack trace; the log gets the whole
    /// exception, once (the store's own failure log is quiet, so that a failure the ingestor handles, such as two
    /// writers storing one article at once, logs nothing).
    /// </summary>
    private string Unexpected(string source, Exception exception)
    {
        LogUnexpected(_logger, exception, source);
        return $"unexpected error ({exception.GetType().Name}): {exception.Message.ReplaceLineEndings(" ")}";
    }

    /// <summary>A feed item's own page, fetched and read as one article.</summary>
    private async Task<IngestOutcome> IngestLinkedPageAsync(Uri link, CancellationToken cancellationToken)
    {
        var fetched = await _fetcher.FetchAsync(link, cancellationToken);
        if (!fetched.Succeeded)
        {
            return IngestOutcome.Failed(link.AbsoluteUri, fetched.Error);
        }

        var item = _read(fetched.Value)[0];
        return item.Result.Succeeded
            ? await _ingestor.IngestAsync(item.Result.Value, link.AbsoluteUri, cancellationToken)
            : IngestOutcome.Failed(link.AbsoluteUri, item.Result.Error);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error ingesting {Source}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string source);
}
