namespace NewsReader.Articles;

/// <summary>Finds the sentence a span sits in, for showing a mention in its context.</summary>
public static class Sentences
{
    private const int MaxContext = 400;

    /// <summary>The sentence around [start, end) of the text, trimmed; cut with an ellipsis when very long.</summary>
    public static string Around(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = start;
        while (from > 0 && !IsBoundaryBefore(text, from) && start - from < MaxContext)
        {
            from--;
        }

        var to = end;
        while (to < text.Length && !IsBoundaryBefore(text, to) && to - end < MaxContext)
        {
            to++;
        }

        var sentence = text[from..to].Trim();
        return (from > 0 && !IsBoundaryBefore(text, from) ? "…" : "") + sentence + (to < text.Length && !IsBoundaryBefore(text, to) ? "…" : "");
    }

    /// <summary>True when a sentence starts at <paramref name="index"/>: after a paragraph break or after ". " and the like.</summary>
    private static bool IsBoundaryBefore(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return true;
        }

        if (text[index - 1] == '\n')
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[index - 1]) || index < 2)
        {
            return false;
        }

        var mark = text[index - 2] is '"' or '”' or '’' or ')' && index >= 3 ? text[index - 3] : text[index - 2];
        var isInitial = index >= 4 && char.IsUpper(text[index - 3]) && (index < 5 || !char.IsLetter(text[index - 4]));
        return mark is '!' or '?' || (mark == '.' && !isInitial);
    }
}
