using NewsReader.TestSupport;

namespace NewsReader.Web.CommandLine;

/// <summary>Changes the process's environment, so it runs apart from every other test.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
public sealed class CommandLineConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-cli-config-").FullName;

    [Fact]
    public async Task A_setting_out_of_bounds_stops_a_command_before_any_work_with_the_setting_named_and_exit_2()
    {
        var db = Path.Combine(_folder, "cli.db");
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int exit;
        Environment.SetEnvironmentVariable("Fetching__TimeoutSeconds", "0");
        try
        {
            exit = await CommandLineApp.RunAsync(
                CommandLineArguments.Parse(["ingest", RepositoryPaths.Seeds, "--db", db]),
                new CommandConsole(output, error, isTerminal: false),
                CancellationToken.None);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Fetching__TimeoutSeconds", null);
        }

        exit.Should().Be(2);
        error.ToString().Should().Contain("configuration is not valid").And.Contain("TimeoutSeconds");
        File.Exists(db).Should().BeFalse("nothing is done with a configuration that is not valid");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
