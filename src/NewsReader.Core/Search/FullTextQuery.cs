using System.Text;

namespace NewsReader.Search;

/// <summary>
/// A user's words made into an FTS5 query that cannot break its syntax: every word is quoted, so operators,
/// brackets, column filters and stray quotes in the input are only words. "double quotes" keep a phrase, a word
/// ending in * is a prefix ("negotiat*"), everything else must all occur (AND). At most <see cref="MaxTerms"/> terms.
/// </summary>
public sealed class FullTextQuery
{
    public const int MaxTerms = 12;

    private FullTextQuery(IReadOnlyList<string> terms, IReadOnlyList<Word> words)
    {
        Terms = terms;
        Words = words;
    }

    /// <summary>A searched word or phrase as typed (lower-cased), and whether it is a prefix.</summary>
    public sealed record Word(string Text, bool IsPrefix);

    /// <summary>The query's words and phrases, unquoted, one per term.</summary>
    public IReadOnlyList<Word> Words { get; }

    /// <summary>The quoted terms, as FTS5 reads them: "rafah", "ground offensive", "negotiat"*.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The MATCH expression.</summary>
    public string Match => string.Join(' ', Terms);

    /// <summary>The query for the input, or null when it has no word to search for.</summary>
    public static FullTextQuery? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var terms = new List<string>();
        var words = new List<Word>();
        var parts = input.Split('"');
        for (var i = 0; i < parts.Length && terms.Count < MaxTerms; i++)
        {
            // Odd parts were between quotes: a phrase. Even parts are words.
            if (i % 2 == 1 && WordsOf(parts[i]).ToList() is { Count: > 0 } phrase)
            {
                var text = string.Join(' ', phrase.Select(w => w.Word));
                terms.Add($"\"{text}\"");
                words.Add(new Word(text, IsPrefix: false));
                continue;
            }

            foreach (var (word, prefix) in WordsOf(parts[i]).Take(MaxTerms - terms.Count))
            {
                terms.Add(prefix ? $"\"{word}\"*" : $"\"{word}\"");
                words.Add(new Word(word, prefix));
            }
        }

        return terms.Count == 0 ? null : new FullTextQuery(terms, words);
    }

    /// <summary>Runs of letters and digits, lower-cased; one directly followed by * is a prefix.</summary>
    private static IEnumerable<(string Word, bool Prefix)> WordsOf(string text)
    {
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                word.Append(char.ToLowerInvariant(text[i]));
                continue;
            }

            if (word.Length > 0)
            {
                yield return (word.ToString(), i < text.Length && text[i] == '*');
                word.Clear();
            }
        }
    }
}
