using NewsReader.Articles;

namespace NewsReader.Ingestion;

/// <summary>
/// Ingests files and folders (recursively): each file read within bounds, parsed, and stored on its own, so
/// a bad file is reported and skipped and the rest of the batch goes on.
/// </summary>
public sealed class FileIngestor(ArticleIngestor ingestor)
{
    /// <summary>The file types a folder walk picks up; a file named explicitly is tried whatever its type.</summary>
    public static readonly IReadOnlySet<string> SupportedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text" };

    /// <summary>Every file the paths name, folders expanded in a stable order; a missing path is reported, not thrown.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => SupportedExtensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    public Task<IReadOnlyList<IngestOutcome>> IngestAsync(
        IReadOnlyList<string> files, IProgress<IngestOutcome>? progress, CancellationToken cancellationToken) =>
        IngestAsync(files, progress, sourceRoot: null, cancellationToken);

    /// <summary>
    /// Ingests the files in order. Each article's source is the path as given, or relative to
    /// <paramref name="sourceRoot"/> when one is given ("seeds/a.txt" rather than a build folder's full path).
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(
        IReadOnlyList<string> files, IProgress<IngestOutcome>? progress, string? sourceRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var outcomes = new List<IngestOutcome>(files.Count);
        foreach (var file in files)
        {
            var source = sourceRoot is null ? file : Path.GetRelativePath(sourceRoot, file).Replace('\\', '/');
            var outcome = await IngestFileAsync(file, source, cancellationToken);
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }

        return outcomes;
    }

    public Task<IngestOutcome> IngestFileAsync(string file, CancellationToken cancellationToken) =>
        IngestFileAsync(file, file, cancellationToken);

    public async Task<IngestOutcome> IngestFileAsync(string file, string source, CancellationToken cancellationToken)
    {
        SourceText content;
        try
        {
            var info = new FileInfo(file);
            content = !info.Exists ? SourceText.Failure("no such file")
                : info.Length > ArticleLimits.MaxFileBytes ? SourceText.Failure($"too large: {info.Length:N0} bytes, the limit is {ArticleLimits.MaxFileBytes:N0}")
                : TextDecoder.Decode(await File.ReadAllBytesAsync(file, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            content = SourceText.Failure($"cannot read: {ex.Message}");
        }

        if (!content.Succeeded)
        {
            return IngestOutcome.Failed(source, content.Error);
        }

        var parsed = PlainTextArticleParser.Parse(content.Text);
        return parsed.Succeeded
            ? await ingestor.IngestAsync(parsed.Article, source, cancellationToken)
            : IngestOutcome.Failed(source, parsed.Error);
    }
}
