using Microsoft.Extensions.Configuration;

namespace NewsReader.Web.Startup;

public sealed class AppFolderSettingsTests
{
    [Fact]
    public void The_app_folder_settings_are_read_and_every_other_source_overrides_them()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Seeds:Enabled"] = "false" });

        AppFolderSettings.AddAsLowestPriority(configuration);

        configuration.GetConnectionString("NewsReader").Should().Be("Data Source=data/newsreader.db");
        configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore"].Should().Be("Warning");
        configuration["Seeds:Enabled"].Should().Be("false");
    }
}
