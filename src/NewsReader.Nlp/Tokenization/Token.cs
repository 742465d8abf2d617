namespace NewsReader.Nlp.Tokenization;

/// <summary>A word or punctuation mark with its place in the text.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => char.IsUpper(Text[0]);

    /// <summary>A word that ends a sentence when it is the token before: <c>.</c>, <c>!</c> or <c>?</c>.</summary>
    public bool EndsSentence => Text is "." or "!" or "?";
}
