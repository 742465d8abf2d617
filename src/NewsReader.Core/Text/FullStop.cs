namespace NewsReader.Text;

/// <summary>Whether a line closes with a sentence's full stop, as a story's sentence does and a headline does not.</summary>
public static class FullStop
{
    /// <summary>
    /// True when the text ends with "." (closing quotes and brackets aside) that is not an ellipsis or an
    /// abbreviation's stop: an initialism ("U.S.", "D.C.") or a single capital ("John F.").
    /// </summary>
    public static bool Ends(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.AsSpan().TrimEnd().TrimEnd("\"'”’»)]");
        if (end.Length == 0 || end[^1] != '.' || end.EndsWith(".."))
        {
            return false;
        }

        var word = end[(end.LastIndexOf(' ') + 1)..];
        var isInitialism = word.Length >= 4 && char.IsLetter(word[^2]) && word[^3] == '.';
        var isInitial = word.Length == 2 && char.IsUpper(word[0]);
        return !isInitialism && !isInitial;
    }
}
