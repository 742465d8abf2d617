using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using NewsReader.Entities.Recognition;
using NewsReader.Nlp.Tagging;

namespace NewsReader.Benchmarks;

/// <summary>
/// Whether finding an article's names costs in proportion to its length: one article made of the CoNLL-2003
/// development documents one after another, as long as <see cref="Characters"/>. Time per character should not grow
/// with the length (a 4.8 MB article took 187 s to ingest while steps compared each name with every other).
/// </summary>
[MemoryDiagnoser]
public class RecognitionScalingBenchmarks
{
    private TaggerEntityRecognizer _recognizer = null!;
    private string _text = "";

    [Params(100_000, 1_000_000, 4_800_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _recognizer = new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded());
        _text = LongArticle(TaggingCorpus.Load(), Characters);
    }

    /// <summary>Recognises the article's names; returns how many.</summary>
    [Benchmark]
    public int Recognize() => _recognizer.Recognize(_text).Count;

    /// <summary>`--scaling`: one timed pass per length with a stopwatch, and the time per 100,000 characters.</summary>
    public static void RunQuick()
    {
        var corpus = TaggingCorpus.Load();
        var recognizer = new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded());
        recognizer.Recognize(LongArticle(corpus, 100_000));
        foreach (var characters in new[] { 100_000, 1_000_000, 4_800_000 })
        {
            var text = LongArticle(corpus, characters);
            var clock = Stopwatch.StartNew();
            var names = recognizer.Recognize(text).Count;
            Console.WriteLine($"{characters,9:N0} characters: {names,7:N0} names in {clock.Elapsed.TotalSeconds,6:F2} s, {clock.Elapsed.TotalMilliseconds * 100_000 / characters,6:F0} ms per 100,000 characters");
        }
    }

    /// <summary>The corpus's documents as paragraphs of one article, repeated until it is <paramref name="characters"/> long.</summary>
    private static string LongArticle(TaggingCorpus corpus, int characters)
    {
        var text = new StringBuilder(characters + 10_000);
        for (var i = 0; text.Length < characters; i++)
        {
            text.Append(corpus.Texts[i % corpus.Texts.Count].Replace('\n', ' ')).Append("\n\n");
        }

        return text.ToString(0, characters);
    }
}
