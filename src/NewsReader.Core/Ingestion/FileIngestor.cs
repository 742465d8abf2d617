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

    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(
        IReadOnlyList<string> files, IProgress<IngestOutcome>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var outcomes = new List<IngestOutcome>(files.Count);
        foreach (var file in files)
        {
            var outcome = await IngestFileAsync(file, cancellationToken);
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }

        return outcomes;
    }

    public async Task<IngestOutcome> IngestFileAsync(string file, CancellationToken cancellationToken)
    {
        var source = SourceText.Failure("not read");
        try
        {
            var info = new FileInfo(file);
            source = !info.Exists ? SourceText.Failure("no such file")
                : info.Length > ArticleLimits.MaxFileBytes ? SourceText.Failure($"too large: {info.Length:N0} bytes, the limit is {ArticleLimits.MaxFileBytes:N0}")
                : TextDecoder.Decode(await File.ReadAllBytesAsync(file, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            source = SourceText.Failure($"cannot read: {ex.Message}");
        }

        if (!source.Succeeded)
        {
            return IngestOutcome.Failed(file, source.Error);
        }

        var parsed = PlainTextArticleParser.Parse(source.Text);
        return parsed.Succeeded
            ? await ingestor.IngestAsync(parsed.Article, file, cancellationToken)
            : IngestOutcome.Failed(file, parsed.Error);
    }
}
