using NewsReader.Text;

namespace NewsReader.Search;

/// <summary>How well a name matches what was typed; lower is better.</summary>
public enum NameMatch
{
    Exact = 0,
    Prefix = 1,
    WordPrefix = 2,
    Contains = 3,
    Fuzzy = 4,
    None = 5,
}

/// <summary>Grades a normalised name against a normalised query: exact, prefix, a word's prefix, inside, or a small misspelling.</summary>
public static class NameMatcher
{
    public static NameMatch Grade(string name, string query)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(query);
        var grade = GradeAsWritten(name, query, " " + query);
        return grade == NameMatch.None && query.Length > 0 && IsMisspelling(name, query) ? NameMatch.Fuzzy : grade;
    }

    /// <summary>
    /// Exact, prefix, a word's prefix or inside, without trying misspellings; <paramref name="spacedQuery"/> is the
    /// query after a space, made once per search rather than once per name.
    /// </summary>
    public static NameMatch GradeAsWritten(string name, string query, string spacedQuery)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length == 0)
        {
            return NameMatch.None;
        }

        if (name == query)
        {
            return NameMatch.Exact;
        }

        if (name.StartsWith(query, StringComparison.Ordinal))
        {
            return NameMatch.Prefix;
        }

        if (name.Contains(spacedQuery, StringComparison.Ordinal))
        {
            return NameMatch.WordPrefix;
        }

        return name.Contains(query, StringComparison.Ordinal) ? NameMatch.Contains : NameMatch.None;
    }

    /// <summary>
    /// The query is the whole name, or one of its words, with a few letters wrong ("netanhayu"). Only words that
    /// start or end with the query's letter and are near its length are compared letter by letter: typing slips
    /// rarely hit both ends, and it keeps a search over many names fast.
    /// </summary>
    public static bool IsMisspelling(string name, string query)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(query);
        var allowed = EditDistance.AllowedFor(query.Length);
        if (allowed == 0 || query.Length == 0)
        {
            return false;
        }

        foreach (var range in name.AsSpan().Split(' '))
        {
            if (Close(name.AsSpan()[range], query, allowed))
            {
                return true;
            }
        }

        return name.Contains(' ', StringComparison.Ordinal) && Close(name, query, allowed);
    }

    /// <summary>One word, or one whole name, is the query with a few letters wrong: the test <see cref="IsMisspelling"/> makes of each.</summary>
    public static bool IsMisspelledTerm(string term, string query)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(query);
        var allowed = EditDistance.AllowedFor(query.Length);
        return allowed > 0 && Close(term, query, allowed);
    }

    private static bool Close(ReadOnlySpan<char> word, string query, int allowed) =>
        word.Length > 0 && Math.Abs(word.Length - query.Length) <= allowed
        && (word[0] == query[0] || word[^1] == query[^1])
        && LettersApart(word, query) <= allowed
        && EditDistance.Within(word, query, allowed) <= allowed;

    /// <summary>
    /// How many letters one word has that the other lacks (the larger side, counting repeats): a cheap lower bound of
    /// the edit distance, so most candidates are turned away before the distance is computed.
    /// </summary>
    private static int LettersApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> counts = stackalloc int[27];
        foreach (var c in a)
        {
            counts[c is >= 'a' and <= 'z' ? c - 'a' : 26]++;
        }

        foreach (var c in b)
        {
            counts[c is >= 'a' and <= 'z' ? c - 'a' : 26]--;
        }

        int more = 0, fewer = 0;
        foreach (var n in counts)
        {
            if (n > 0)
            {
                more += n;
            }
            else
            {
                fewer -= n;
            }
        }

        return Math.Max(more, fewer);
    }
}
