using BenchmarkDotNet.Attributes;
using NewsReader.Nlp.Tagging;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Benchmarks;

/// <summary>Tagging speed over the CoNLL-2003 development set (51,362 tokens) on one thread, and model loading.</summary>
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

    /// <summary>Tokenises and sentence-splits each document's plain text, then tags it, as ingestion does.</summary>
    [Benchmark]
    public int TokenizeAndTagCorpus()
    {
        var tokens = 0;
        foreach (var text in _corpus.Texts)
        {
            var found = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, found)
                .Select(range => (IReadOnlyList<string>)found.Take(range).Select(t => t.Text).ToArray())
                .ToList();
            _model.Tag(sentences);
            tokens += found.Count;
        }

        return tokens;
    }

    [Benchmark]
    public EntityTaggerModel LoadModel() => EntityTaggerModel.LoadEmbedded();
}
