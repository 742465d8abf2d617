namespace NewsReader.Text;

/// <summary>Optimal string alignment distance (Levenshtein with adjacent swaps), stopping early past a bound.</summary>
public static class EditDistance
{
    /// <summary>The distance between the two strings, or <paramref name="bound"/> + 1 when it is larger than the bound.</summary>
    public static int Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest > bound)
            {
                return bound + 1;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], bound + 1);
    }

    /// <summary>
    /// How many edits a misspelling of a word this long may have: none under 5 letters (Iran is not Iraq), one under
    /// 9, else two.
    /// </summary>
    public static int AllowedFor(int length) => length < 5 ? 0 : length < 9 ? 1 : 2;
}
