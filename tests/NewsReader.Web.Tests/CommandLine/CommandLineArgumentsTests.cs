namespace NewsReader.Web.CommandLine;

public sealed class CommandLineArgumentsTests
{
    [Theory]
    [InlineData(new string[0], "serve")]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, "serve")]
    [InlineData(new[] { "serve", "--urls", "http://127.0.0.1:5000" }, "serve")]
    [InlineData(new[] { "--help" }, "help")]
    [InlineData(new[] { "help" }, "help")]
    [InlineData(new[] { "ingest", "a.txt" }, "ingest")]
    [InlineData(new[] { "export" }, "export")]
    public void The_first_argument_names_the_verb(string[] args, string verb)
    {
        var parsed = CommandLineArguments.Parse(args);

        parsed.Verb.Should().Be(verb);
        parsed.Error.Should().BeNull();
    }

    [Fact]
    public void Serve_passes_its_options_to_the_web_host()
    {
        CommandLineArguments.Parse(["serve", "--urls", "http://127.0.0.1:5000", "--db", "x.db"]).HostArguments
            .Should().Equal("--urls", "http://127.0.0.1:5000", "--db", "x.db");
    }

    [Theory]
    [InlineData(new[] { "ingest", "a.txt", "--db", "x.db", "b" }, "x.db")]
    [InlineData(new[] { "ingest", "--db=y.db", "a.txt", "b" }, "y.db")]
    public void Ingest_takes_paths_and_a_database(string[] args, string db)
    {
        var parsed = CommandLineArguments.Parse(args);

        parsed.Paths.Should().Equal("a.txt", "b");
        parsed.DbPath.Should().Be(db);
    }

    [Theory]
    [InlineData(new[] { "ingest" }, "ingest needs at least one file, folder or URL")]
    [InlineData(new[] { "ingest", "a.txt", "--db" }, "--db needs a file path")]
    [InlineData(new[] { "ingest", "a.txt", "--verbose" }, "unknown option '--verbose'")]
    [InlineData(new[] { "export", "a.txt" }, "export takes no paths (got 'a.txt')")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    public void Bad_usage_says_what_is_wrong(string[] args, string error)
    {
        CommandLineArguments.Parse(args).Error.Should().Be(error);
    }
}
