using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web.Startup;

/// <summary>The articles a new, empty database starts with (section "Seeds").</summary>
public sealed class SeedOptions
{
    public const string Section = "Seeds";

    /// <summary>Ingest the seed folder on first start with an empty database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The seed folder; a relative path is taken from the app's folder, where the build copies seeds/.</summary>
    [Required]
    public string Path { get; set; } = "seeds";

    /// <summary>Finish seeding before the app serves (tests use it); by default seeds are added in the background.</summary>
    public bool WaitBeforeServing { get; set; }

    public string ResolvedPath => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
