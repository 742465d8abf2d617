using System.Text.RegularExpressions;

namespace NewsReader.TestSupport;

/// <summary>
/// How much of an expected text an extracted one holds: the 4-word shingles of their \w+ tokens as multisets, the
/// share of the extracted shingles that are expected (precision) and of the expected that were extracted (recall).
/// The Readability-pages gate and the extraction peers' benchmark score with it. Linked into those projects.
/// </summary>
public static partial class ShingleOverlap
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static (double Precision, double Recall) Of(string extracted, string expected)
    {
        var ours = Shingles(extracted);
        var theirs = Shingles(expected);
        if (ours.Count == 0 || theirs.Count == 0)
        {
            return (ours.Count == theirs.Count ? 1 : 0, ours.Count == theirs.Count ? 1 : 0);
        }

        var left = theirs.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var shingle in ours)
        {
            if (left.TryGetValue(shingle, out var n) && n > 0)
            {
                left[shingle] = n - 1;
                common++;
            }
        }

        return ((double)common / ours.Count, (double)common / theirs.Count);
    }

    private static List<string> Shingles(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        return Enumerable.Range(0, Math.Max(0, words.Count - 3)).Select(i => string.Join(' ', words.Skip(i).Take(4))).ToList();
    }
}
