using System.Text;

namespace NewsReader.Web.CommandLine;

public sealed class NerEvalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-nereval-").FullName;

    [Fact]
    public async Task Scores_a_conll_file_and_writes_each_line_with_the_predicted_tag_appended()
    {
        var input = Path.Combine(_folder, "tiny.conll");
        await File.WriteAllLinesAsync(input,
        [
            "-DOCSTART- -X- O O", "",
            "German JJ I-NP I-MISC", "Chancellor NNP I-NP O", "Helmut NNP I-NP I-PER", "Kohl NNP I-NP I-PER",
            "visited VBD I-VP O", "Paris NNP I-NP I-LOC", ". . O O", "",
        ]);
        var output = Path.Combine(_folder, "tagged.conll");

        var (exit, report) = await RunAsync("ner-eval", input, "--output", output);

        exit.Should().Be(0);
        report.Should().MatchRegex(@"(?m)^overall\s+100\.00\s+100\.00\s+100\.00\s+3\s+3$");
        report.Should().Contain("tokens/s").And.Contain("model loaded in");
        var lines = await File.ReadAllLinesAsync(output);
        lines.Should().Equal(
            "-DOCSTART- -X- O O", "",
            "German JJ I-NP I-MISC B-MISC", "Chancellor NNP I-NP O O", "Helmut NNP I-NP I-PER B-PER", "Kohl NNP I-NP I-PER I-PER",
            "visited VBD I-VP O O", "Paris NNP I-NP I-LOC B-LOC", ". . O O O", "");
    }

    [Fact]
    public async Task A_file_that_is_not_conll_is_a_clear_error()
    {
        var input = Path.Combine(_folder, "prose.txt");
        await File.WriteAllTextAsync(input, "This is just prose, not a tagged file.\n");

        var (exit, _) = await RunAsync("ner-eval", input);

        exit.Should().Be(1);
    }

    [Fact]
    public void Usage_needs_exactly_one_file()
    {
        CommandLineArguments.Parse(["ner-eval"]).Error.Should().Be("ner-eval needs exactly one CoNLL file");
        CommandLineArguments.Parse(["ner-eval", "a", "--output"]).Error.Should().Be("--output needs a file path");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(CommandLineArguments.Parse(args), new CommandConsole(output, error, isTerminal: false), CancellationToken.None);
        return (exit, Encoding.UTF8.GetString(output.ToArray()) + error);
    }
}
