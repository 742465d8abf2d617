namespace NewsReader.Nlp.Tokenization;

/// <summary>A word or punctuation mark with its place in the text.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => char.IsUpper(Text[0]);

    /// <summary>The possessive "'s" or "’s", which the tokenizer splits off the word it follows.</summary>
    public bool IsPossessive => Text is "'s" or "’s";
}
