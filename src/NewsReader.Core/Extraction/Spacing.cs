namespace NewsReader.Extraction;

/// <summary>White space in text read from markup: runs become one space, as a browser lays text out.</summary>
public static class Spacing
{
    /// <summary>Runs of white space as one space, and none at the ends.</summary>
    public static string Collapse(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
