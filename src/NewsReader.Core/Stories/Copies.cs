namespace NewsReader.Stories;

/// <summary>Whether two texts are one report: the share of five-word runs they have in common.</summary>
public static class Copies
{
    private const int RunLength = 5;

    /// <summary>Jaccard overlap of the two texts' sets of five-word runs (lower-cased words), from 0 to 1.</summary>
    public static double Overlap(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var runsA = Runs(a);
        var runsB = Runs(b);
        if (runsA.Count == 0 || runsB.Count == 0)
        {
            return 0;
        }

        var common = runsA.Count(runsB.Contains);
        return (double)common / (runsA.Count + runsB.Count - common);
    }

    private static HashSet<string> Runs(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToList();
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            runs.Add(string.Join(' ', words.Skip(i).Take(RunLength)));
        }

        return runs;
    }
}
