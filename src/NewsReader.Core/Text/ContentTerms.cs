using System.Collections.Frozen;

namespace NewsReader.Text;

/// <summary>
/// The content words of a text and how often each occurs, for text similarity: lower-cased words of three letters
/// or more, common function words left out, a plural's "s" dropped ("drones" and "drone" are one term).
/// </summary>
public static class ContentTerms
{
    /// <summary>How many of an article's most frequent terms are kept with it.</summary>
    public const int Kept = 80;

    private static readonly FrozenSet<string> StopWords = new[]
    {
        "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "from", "this", "but", "not",
        "his", "her", "its", "their", "they", "them", "who", "which", "what", "when", "where", "will", "would", "could",
        "should", "said", "says", "say", "also", "been", "being", "into", "than", "then", "there", "these", "those",
        "after", "before", "over", "about", "more", "most", "some", "such", "other", "only", "just", "very", "can",
        "may", "might", "our", "out", "all", "any", "both", "each", "few", "how", "why", "one", "two", "new", "did",
        "does", "while", "because", "between", "under", "during", "against", "through", "him", "she", "you", "your",
        "per", "via", "yet", "nor", "off", "own", "same", "too", "here", "now", "upon", "within", "without", "since",
        "until", "least", "many", "much", "among", "according", "told", "including", "another", "around", "across",
        "still", "even", "like", "last", "first", "year", "years", "time", "week", "day", "days", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "news", "reported", "report", "reports",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every content term of the text with its count.</summary>
    public static Dictionary<string, int> Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                if (Term(text.AsSpan(start, i - start)) is { } term)
                {
                    counts[term] = counts.GetValueOrDefault(term) + 1;
                }

                start = -1;
            }
        }

        return counts;
    }

    /// <summary>The <see cref="Kept"/> most frequent terms, ties broken by the term, for storing with the article.</summary>
    public static Dictionary<string, int> Top(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(Kept)
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    /// <summary>Terms as stored: "term:count" separated by spaces.</summary>
    public static string Format(IReadOnlyDictionary<string, int> terms) =>
        string.Join(' ', terms.Select(t => $"{t.Key}:{t.Value}"));

    public static Dictionary<string, int> Parse(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in stored.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.LastIndexOf(':');
            terms[pair[..colon]] = int.Parse(pair.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return terms;
    }

    /// <summary>A word as a content term ("Drones" → "drone"), or null for a short or function word.</summary>
    public static string? Term(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        var lower = word.ToString().ToLowerInvariant();
        if (StopWords.Contains(lower))
        {
            return null;
        }

        return lower.Length > 4 && lower[^1] == 's' && lower[^2] != 's' ? lower[..^1] : lower;
    }
}
