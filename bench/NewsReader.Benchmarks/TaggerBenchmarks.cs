using BenchmarkDotNet.Attributes;
using NewsReader.Nlp.Tagging;

namespace NewsReader.Benchmarks;

/// <summary>Tagging speed over the CoNLL-2003 development set (51,362 tokens) on one thread.</summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private TaggingCorpus _corpus = null!;
    private EntityTaggerModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = TaggingCorpus.Load();
        _model = EntityTaggerModel.LoadEmbedded();
    }

    /// <summary>Tags every document; returns the token count so tokens per second = tokens / mean time.</summary>
    [Benchmark]
    public int TagCorpus()
    {
        foreach (var document in _corpus.Documents)
        {
            _model.Tag(document);
        }

        return _corpus.Tokens;
    }

    [Benchmark]
    public EntityTaggerModel LoadModel() => EntityTaggerModel.LoadEmbedded();
}
