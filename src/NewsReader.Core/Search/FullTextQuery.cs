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

    private FullTextQuery(IReadOnlyList<string> terms) => Terms = terms;

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
        var parts = input.Split('"');
        for (var i = 0; i < parts.Length && terms.Count < MaxTerms; i++)
        {
            // Odd parts were between quotes: a phrase. Even parts are words.
            if (i % 2 == 1 && Words(parts[i]).ToList() is { Count: > 0 } phrase)
            {
                terms.Add($"\"{string.Join(' ', phrase.Select(w => w.Word))}\"");
                continue;
            }

            terms.AddRange(Words(parts[i]).Select(w => w.Prefix ? $"\"{w.Word}\"*" : $"\"{w.Word}\"").Take(MaxTerms - terms.Count));
        }

        return terms.Count == 0 ? null : new FullTextQuery(terms);
    }

    /// <summary>Runs of letters and digits, lower-cased; one directly followed by * is a prefix.</summary>
    private static IEnumerable<(string Word, bool Prefix)> Words(string text)
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
