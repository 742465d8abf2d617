using NewsReader.Entities;
using NewsReader.TestSupport;
using Xunit.Abstractions;

namespace NewsReader.Ingestion;

/// <summary>
/// Quality through the user's path (<see cref="CorpusScores"/>): the 86 files of ../shared/corpus/dev and dev2 are
/// ingested as `ingest` ingests them, once as they are and once as Markdown copies with what the manifests know in
/// front matter, and what was stored is scored against the gold labels. These replace the first round's gates, which
/// fed the ingestor the manifests' titles and paragraphs split by the test.
/// <para>
/// Issue 14's targets are recall 0.90 and precision 0.85 for each kind of name, event recall 0.50 at precision 0.60,
/// linking purity 0.95, story B-cubed F1 0.90 and related top-3 precision 0.85. Where a figure is not there yet, the
/// gate holds it at its measured floor (just under the figure), so that nothing slips while the rest is built; each
/// floor rises to the target as the target is met. docs/entities.md and docs/stories.md give the figures.
/// </para>
/// </summary>
public sealed class DevCorpusQualityTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public async Task Plain_captures_as_they_are()
    {
        var articles = DevCorpus.Load();
        await using var database = await TestDatabase.CreateAsync();

        var scores = await CorpusScores.MeasureAsync(database, articles, articles.Select(a => a.Path).ToList());

        output.WriteLine(scores.Report());
        HoldsTheFloors(scores);
    }

    [SharedDataFact]
    public async Task Markdown_copies_with_front_matter()
    {
        var articles = DevCorpus.Load();
        await using var database = await TestDatabase.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("newsreader-markdown-").FullName;
        try
        {
            var scores = await CorpusScores.MeasureAsync(database, articles, DevCorpus.WriteMarkdownCopies(articles, folder));

            output.WriteLine(scores.Report());
            HoldsTheFloors(scores);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void HoldsTheFloors(CorpusScores scores)
    {
        using var scope = new FluentAssertions.Execution.AssertionScope();
        scores.Refused.Should().BeEmpty("every real capture is taken");
        scores.Kinds[EntityKind.Person].Recall.Should().BeGreaterThanOrEqualTo(0.90);
        scores.Kinds[EntityKind.Person].Precision.Should().BeGreaterThanOrEqualTo(0.85);
        scores.Kinds[EntityKind.Place].Recall.Should().BeGreaterThanOrEqualTo(0.90);
        scores.Kinds[EntityKind.Place].Precision.Should().BeGreaterThanOrEqualTo(0.85);
        scores.Kinds[EntityKind.Organization].Recall.Should().BeGreaterThanOrEqualTo(0.90);
        scores.Kinds[EntityKind.Organization].Precision.Should().BeGreaterThanOrEqualTo(0.85);
        scores.Kinds[EntityKind.Event].Recall.Should().BeGreaterThanOrEqualTo(0.50);
        scores.Kinds[EntityKind.Event].Precision.Should().BeGreaterThanOrEqualTo(0.60);
        scores.LinkingPurity.Should().BeGreaterThanOrEqualTo(0.95);
        scores.StoryF1.Should().BeGreaterThanOrEqualTo(0.90);
        scores.CreditsStored.Should().BeLessThanOrEqualTo(1, "measured floor: 1 of 50 on both paths (an author's note after the story); target none");
        scores.RelatedPrecision.Should().BeGreaterThanOrEqualTo(0.85);
        scores.DatesWrong.Should().BeEmpty("a wrong date misleads more than none");
        scores.DatesRead.Should().BeGreaterThanOrEqualTo(28, "measured floor: 28 of the 33 dates the texts show (the rest sit below a standfirst or in a sentence)");
    }
}
