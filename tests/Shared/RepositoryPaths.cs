namespace NewsReader.TestSupport;

/// <summary>Finds the repository's own files (seeds) and the shared data beside it, from the test's output folder. Linked into every test project.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>`../shared` beside the repository; null when absent (a user's fresh clone has none).</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    public static string Seed(string fileName) => Path.Combine(Seeds, fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"NewsReader.sln not found above {AppContext.BaseDirectory}");
    }
}
