using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace NewsReader.Web.Startup;

/// <summary>
/// The app's own appsettings.json, read from the folder the app runs from. The content root is the folder the
/// user starts in (so data/ lands there), which holds no appsettings.json of ours; without this the defaults,
/// logging levels among them, would be lost.
/// </summary>
public static class AppFolderSettings
{
    /// <summary>Adds the app folder's appsettings.json below every other source, so they all override it.</summary>
    public static void AddAsLowestPriority(IConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
    }
}
