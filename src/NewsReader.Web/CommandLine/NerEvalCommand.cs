using System.Diagnostics;
using System.Globalization;
using NewsReader.Nlp.Conll;
using NewsReader.Nlp.Tagging;

namespace NewsReader.Web.CommandLine;

/// <summary>
/// `ner-eval &lt;file&gt; [--output &lt;file&gt;]`: tags a CoNLL-style file with the committed model and prints
/// precision, recall and F1 per type and overall (entity level, exact span and type, as conlleval), and speed.
/// </summary>
internal static class NerEvalCommand
{
    public static async Task<int> RunAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var input = arguments.Paths[0];
        if (!File.Exists(input))
        {
            await console.Error.WriteLineAsync($"error: no such file: {input}");
            return ExitCodes.InputFailed;
        }

        ConllFile file;
        try
        {
            file = ConllReader.Parse(await File.ReadAllLinesAsync(input, cancellationToken));
        }
        catch (FormatException ex)
        {
            await console.Error.WriteLineAsync($"error: {input} is not a CoNLL file: {ex.Message}");
            return ExitCodes.InputFailed;
        }

        var load = Stopwatch.StartNew();
        var model = EntityTaggerModel.LoadEmbedded();
        load.Stop();
        var tagging = Stopwatch.StartNew();
        var (predicted, score) = ConllTagging.Tag(model, file);
        tagging.Stop();

        await console.Out.WriteLineAsync(Report(score, file.TokenCount, tagging.Elapsed, load.Elapsed));
        if (arguments.OutputPath is { } output)
        {
            await using var writer = File.CreateText(output);
            ConllTagging.WritePredictions(file, predicted, writer);
        }

        return ExitCodes.Success;
    }

    private static string Report(EntityScore score, int tokens, TimeSpan tagging, TimeSpan load)
    {
        var lines = new List<string> { "type      precision  recall     F1   found   gold" };
        foreach (var type in score.Types)
        {
            lines.Add(Row(type, score.For(type)));
        }

        lines.Add(Row("overall", score.Overall));
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"{tokens:N0} tokens in {tagging.TotalSeconds:F2} s: {tokens / tagging.TotalSeconds:N0} tokens/s (model loaded in {load.TotalMilliseconds:F0} ms)"));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Row(string name, EntityCounts c) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-8} {c.Precision * 100,10:F2} {c.Recall * 100,7:F2} {c.F1 * 100,6:F2} {c.Found,7} {c.Gold,6}");
}
