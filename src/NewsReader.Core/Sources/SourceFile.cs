using NewsReader.Articles;

namespace NewsReader.Sources;

/// <summary>Files on disk as sources: which files a path names, and a file's bytes as a <see cref="SourceDocument"/>.</summary>
public static class SourceFile
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

    /// <summary>A file's name relative to a folder, with forward slashes: "seeds/a.txt" rather than a build folder's path.</summary>
    public static string RelativeName(string folder, string file) => Path.GetRelativePath(folder, file).Replace('\\', '/');

    /// <summary>
    /// The file's bytes, named <paramref name="source"/> (its path as given when null); a missing, empty, unreadable
    /// or over-size file is refused with the reason, before any of it is read.
    /// </summary>
    public static async Task<Result<SourceDocument>> LoadAsync(string path, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            return !info.Exists ? Result<SourceDocument>.Failure("no such file")
                : info.Length == 0 ? Result<SourceDocument>.Failure("empty file")
                : ArticleLimits.SizeProblem(info.Length) is { } tooLarge ? Result<SourceDocument>.Failure(tooLarge)
                : Result<SourceDocument>.Success(new SourceDocument(source ?? path, await File.ReadAllBytesAsync(path, cancellationToken)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Result<SourceDocument>.Failure($"cannot read: {ex.Message}");
        }
    }
}
