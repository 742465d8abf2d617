using NewsReader.Nlp.Conll;

namespace NewsReader.Benchmarks;

/// <summary>The text the tagger benchmarks run on: the CoNLL-2003 development set's tokens, from ../shared.</summary>
public sealed class TaggingCorpus
{
    private TaggingCorpus(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> documents, int tokens)
    {
        Documents = documents;
        Tokens = tokens;
        Texts = documents.Select(d => string.Join('\n', d.Select(s => string.Join(' ', s)))).ToList();
    }

    /// <summary>Each document as plain text (tokens spaced, a sentence a line), for tokenising and tagging.</summary>
    public IReadOnlyList<string> Texts { get; }

    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Documents { get; }

    public int Tokens { get; }

    public static TaggingCorpus Load()
    {
        var path = FindShared("data/conll2003/eng.testa");
        var file = ConllReader.Read(path);
        var documents = file.Documents
            .Select(d => d.Words)
            .ToList();
        return new TaggingCorpus(documents, file.TokenCount);
    }

    /// <summary>A file under ../shared beside the repository; fails with a clear message when it is absent.</summary>
    public static string FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", relative);
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln")) && File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new FileNotFoundException($"../shared/{relative} is needed beside the repository for this benchmark");
    }
}
