namespace NewsReader.Nlp.Tokenization;

/// <summary>
/// Groups tokens into sentences: a sentence ends at ".", "!", "?" or "…" (with any closing quotes and brackets
/// after it) when what follows starts a new sentence, and always at a line break. Abbreviations (Mr., U.S., Oct.)
/// keep their period inside the token, so they never end a sentence; an acronym that does end one ("...the
/// U.S. The next") is read as not ending it.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Each sentence as a range of token indexes.</summary>
    public static List<Range> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Range>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i + 1;
            if (IsTerminal(tokens[i]))
            {
                while (end < tokens.Count && IsCloser(tokens[end]) && !LineBreakBetween(text, tokens[end - 1], tokens[end]))
                {
                    end++;
                }

                if (end < tokens.Count && !StartsSentence(tokens[end]) && !LineBreakBetween(text, tokens[end - 1], tokens[end]))
                {
                    continue;
                }
            }
            else if (end < tokens.Count && !LineBreakBetween(text, tokens[i], tokens[end]))
            {
                continue;
            }

            sentences.Add(start..end);
            start = end;
            i = end - 1;
        }

        if (start < tokens.Count)
        {
            sentences.Add(start..tokens.Count);
        }

        return sentences;
    }

    private static bool IsTerminal(Token token) => token.Text is "." or "!" or "?" or "…" or "?!" or "!?";

    private static bool IsCloser(Token token) => token.Text is "\"" or "”" or "’" or "'" or ")" or "]" or "»";

    private static bool StartsSentence(Token token)
    {
        var c = token.Text[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[' or '«' or '-' or '—';
    }

    private static bool LineBreakBetween(string text, Token before, Token after) =>
        text.AsSpan(before.End, after.Start - before.End).Contains('\n');
}
