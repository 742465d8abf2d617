namespace NewsReader.Search;

/// <summary>Builds SQL LIKE patterns from user input, so its % and _ match themselves.</summary>
public static class LikePattern
{
    public const char Escape = '\\';

    /// <summary>"%term%" with the LIKE wildcards and the escape character in the term escaped.</summary>
    public static string Contains(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return "%" + term.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";
    }
}
