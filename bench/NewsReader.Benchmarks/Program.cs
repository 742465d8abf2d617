using System.Diagnostics;
using BenchmarkDotNet.Running;
using NewsReader.Benchmarks;

// `--quick`: one timed pass with a stopwatch, for a fast look while working. Otherwise BenchmarkDotNet.
if (args.Contains("--quick"))
{
    var corpus = TaggingCorpus.Load();
    var bench = new TaggerBenchmarks();
    bench.Setup();
    for (var round = 0; round < 3; round++)
    {
        var clock = Stopwatch.StartNew();
        var tokens = bench.TagCorpus();
        Console.WriteLine($"round {round}: {tokens / clock.Elapsed.TotalSeconds:N0} tokens/s ({corpus.Documents.Count} documents)");
    }

    for (var round = 0; round < 3; round++)
    {
        var clock = Stopwatch.StartNew();
        bench.LoadModel();
        Console.WriteLine($"round {round}: model loaded in {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    return;
}

if (args.Contains("--profile"))
{
    StageProfile.Run(TaggingCorpus.Load());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TaggerBenchmarks).Assembly).Run(args);
