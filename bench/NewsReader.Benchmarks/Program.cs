using System.Diagnostics;
using BenchmarkDotNet.Running;
using NewsReader.Benchmarks;

// `--memory`: the memory a process uses once it has loaded the model and tagged a document, and nothing else.
if (args.Contains("--memory"))
{
    var model = NewsReader.Nlp.Tagging.EntityTaggerModel.LoadEmbedded();
    model.Tag([["President", "Joe", "Biden", "met", "Benjamin", "Netanyahu", "in", "Washington", "."]]);
    var heap = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"model loaded and used: managed heap {heap / 1048576.0:F0} MB in use, process working set {Environment.WorkingSet / 1048576.0:F0} MB");
    GC.KeepAlive(model);
    return;
}

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
        var tokens = bench.TokenizeAndTagCorpus();
        Console.WriteLine($"round {round}: tokenising and tagging {tokens / clock.Elapsed.TotalSeconds:N0} tokens/s");
    }

    Console.WriteLine($"memory in use after tagging: managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MB, process working set {Environment.WorkingSet / 1048576.0:F0} MB");
    for (var round = 0; round < 3; round++)
    {
        var clock = Stopwatch.StartNew();
        bench.LoadModel();
        Console.WriteLine($"round {round}: model loaded in {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    return;
}

if (args.Contains("--extract"))
{
    ExtractionBenchmarks.RunQuick();
    return;
}

if (args.Contains("--smartreader"))
{
    SmartReaderPeer.Run();
    return;
}

if (args.Contains("--scaling"))
{
    RecognitionScalingBenchmarks.RunQuick();
    return;
}

if (args.Contains("--profile"))
{
    StageProfile.Run(TaggingCorpus.Load());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TaggerBenchmarks).Assembly).Run(args);
