using NewsReader.Nlp.Gazetteers;

namespace NewsReader.Nlp.Tagging;

/// <summary>
/// The trained entity tagger: a first stage that tags each sentence from its own words, and a second stage that
/// also reads how the first tagged the same words elsewhere in the document, so "Pirelli" is not an organisation
/// in one sentence and a person in the next. Immutable; safe to share across threads.
/// </summary>
public sealed class EntityTaggerModel
{
    internal EntityTaggerModel(LinearChainModel first, LinearChainModel? second, NameLists names)
    {
        First = first;
        Second = second;
        Names = names;
    }

    internal LinearChainModel First { get; }

    internal LinearChainModel? Second { get; }

    internal NameLists Names { get; }

    /// <summary>The WordNet classes of everyday English words the model reads (0 for a word WordNet does not know).</summary>
    public WordClasses WordClasses => Names.Classes;

    /// <summary>Whether the word is a first name the model's name lists know ("Lloyd", "Maria").</summary>
    public bool IsFirstName(string word) => Names.Holds(NameList.FirstNames, word);

    /// <summary>Whether the word is a surname the model's name lists know ("Daniels", "Garcia").</summary>
    public bool IsLastName(string word) => Names.Holds(NameList.LastNames, word);

    /// <summary>The model committed with the code (Model/ner.model), with the name lists it was trained on.</summary>
    public static EntityTaggerModel LoadEmbedded()
    {
        using var stream = typeof(EntityTaggerModel).Assembly.GetManifestResourceStream("NewsReader.Nlp.ner.model")
            ?? throw new InvalidOperationException("the embedded entity model is missing: train it with tools/NerTrainer (docs/ner.md)");
        return EntityTaggerModelFile.Read(stream, NameLists.LoadEmbedded());
    }

    public int FeatureCount => First.Features.Count + (Second?.Features.Count ?? 0);

    /// <summary>BIO tags (indexes into <see cref="EntityTags.Names"/>) for every token of every sentence of one document.</summary>
    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var document = new DocumentFacts(sentences, Names);
        var scratch = new TaggingScratch();
        using var keys = Second is null ? null : new DocumentKeys();
        var tags = First.TagDocument(document, scratch, keys);
        if (Second is null)
        {
            return tags;
        }

        document.SetHints(tags);
        return Second.RetagDocument(document, scratch, keys!);
    }
}
