using System.Diagnostics;
using NewsReader.Nlp.Gazetteers;
using NewsReader.Nlp.Tagging;

namespace NewsReader.Benchmarks;

/// <summary>`--profile`: how the tagging time splits between reading token facts and scoring, with a stopwatch.</summary>
internal static class StageProfile
{
    public static void Run(TaggingCorpus corpus)
    {
        var names = NameLists.LoadEmbedded();
        var model = EntityTaggerModel.LoadEmbedded();
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            var facts = corpus.Documents.Select(d => new DocumentFacts(d, names)).ToList();
            var factsTime = clock.Elapsed;
            clock.Restart();
            foreach (var d in corpus.Documents)
            {
                foreach (var s in d)
                {
                    names.Match(s);
                }
            }

            var matchTime = clock.Elapsed;
            clock.Restart();
            var scratch = new TaggingScratch();
            foreach (var f in facts)
            {
                model.First.TagDocument(f, scratch);
            }

            var firstTime = clock.Elapsed;
            Console.WriteLine($"facts {Rate(corpus, factsTime)} (of which name lists {Rate(corpus, matchTime)}), first stage {Rate(corpus, firstTime)}");
        }
    }

    private static string Rate(TaggingCorpus corpus, TimeSpan time) => $"{corpus.Tokens / time.TotalSeconds:N0} tokens/s";
}
