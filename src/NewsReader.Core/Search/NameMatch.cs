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

        if (name.Contains(" " + query, StringComparison.Ordinal))
        {
            return NameMatch.WordPrefix;
        }

        if (name.Contains(query, StringComparison.Ordinal))
        {
            return NameMatch.Contains;
        }

        return IsMisspelling(name, query) ? NameMatch.Fuzzy : NameMatch.None;
    }

    /// <summary>The query is the whole name, or one of its words, with a few letters wrong ("netanhayu").</summary>
    private static bool IsMisspelling(string name, string query)
    {
        var allowed = EditDistance.AllowedFor(query.Length);
        if (allowed == 0)
        {
            return false;
        }

        if (EditDistance.Within(name, query, allowed) <= allowed)
        {
            return true;
        }

        foreach (var range in name.AsSpan().Split(' '))
        {
            if (EditDistance.Within(name.AsSpan()[range], query, allowed) <= allowed)
            {
                return true;
            }
        }

        return false;
    }
}
