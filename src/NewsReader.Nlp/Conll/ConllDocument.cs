namespace NewsReader.Nlp.Conll;

/// <summary>One token line of a CoNLL file: the token, its gold tag in BIO form, and the line it came from.</summary>
public sealed record ConllToken(string Text, string GoldTag, int Line);

/// <summary>A document of a CoNLL file (between -DOCSTART- lines): sentences of tokens.</summary>
public sealed record ConllDocument(IReadOnlyList<IReadOnlyList<ConllToken>> Sentences)
{
    /// <summary>The sentences as the tagger reads them: the tokens' text only.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Words =>
        Sentences.Select(s => (IReadOnlyList<string>)s.Select(t => t.Text).ToArray()).ToList();
}

/// <summary>A whole CoNLL file: its raw lines (for writing predictions back) and its documents.</summary>
public sealed record ConllFile(IReadOnlyList<string> Lines, IReadOnlyList<ConllDocument> Documents)
{
    public int TokenCount => Documents.Sum(d => d.Sentences.Sum(s => s.Count));
}
