using System.Text.RegularExpressions;
using NewsReader.Sources.Html.Markup;

namespace NewsReader.Sources.Html;

/// <summary>A page's title: its &lt;title&gt; cleaned of the site's name, and the choice between JSON-LD's name and headline.</summary>
internal static partial class PageTitle
{
    /// <summary>A JSON-LD name or headline this like the page's title (word overlap) is taken as the title it stands for.</summary>
    private const double SameTitleSimilarity = 0.75;

    /// <summary>The separators between a headline and a site's name in a title: | - – — \ / &gt; » with a space after.</summary>
    [GeneratedRegex(@"[\|\-–—\\/>»] ")]
    private static partial Regex Separator();

    /// <summary>Separators that mark a hierarchy (Site » Section » Headline) rather than a suffix.</summary>
    [GeneratedRegex(@" [\\/>»] ")]
    private static partial Regex HierarchySeparator();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpaceRuns();

    /// <summary>
    /// A page's &lt;title&gt; without its site's name, the way reader modes clean it: "Headline | Site" and "Headline - Site"
    /// lose the part after the last separator (or, when fewer than three words would remain, the part before the first);
    /// "Topic: Headline" keeps what follows the colon unless a heading carries the whole title; a title under 15 or over
    /// 150 characters gives way to the page's only &lt;h1&gt;. A result of four words or fewer goes back to the whole
    /// title ("Google - Site Reliability Engineering" is a title), unless what it lost was a short ending of three
    /// words or fewer, a site's name ("Quake shakes coast | Wire"), or it came from a hierarchy (Site » Headline) and
    /// lost exactly one word. A part that is the site's own name, as the page declares it, always goes. Runs of spaces
    /// become one.
    /// </summary>
    public static string? Clean(MarkupDocument document, string? siteName = null)
    {
        var original = SpaceRuns().Replace(document.Html.First("title")?.TextContent.Trim() ?? "", " ");
        if (original.Length == 0)
        {
            return null;
        }

        if (WithoutSiteName(original, siteName) is { } headline)
        {
            return headline;
        }

        var title = original;
        var hierarchical = false;
        var cutSiteName = false;
        if (Regex.IsMatch(original, @" [\|\-–—\\/>»] "))
        {
            hierarchical = HierarchySeparator().IsMatch(original);
            var separators = Separator().Matches(original);
            title = original[..separators[^1].Index];
            // What follows the last separator is a site's name when it is short: "Quake shakes coast | Wire".
            cutSiteName = Words(original[(separators[^1].Index + 1)..]) <= 3;
            if (Words(title) < 3)
            {
                title = original[(Separator().Match(original) is { } first ? first.Index + 1 : 0)..];
                cutSiteName = false;
            }
        }
        else if (original.Contains(": ", StringComparison.Ordinal))
        {
            var headingMatches = document.Elements().Where(h => h.Name is "h1" or "h2").Any(h => h.TextContent.Trim() == original);
            if (!headingMatches)
            {
                title = original[(original.LastIndexOf(':') + 1)..];
                if (Words(title) < 3)
                {
                    title = original[(original.IndexOf(':', StringComparison.Ordinal) + 1)..];
                }
                else if (Words(original[..original.IndexOf(':', StringComparison.Ordinal)]) > 5)
                {
                    title = original;
                }
            }
        }
        else if (original.Length is > 150 or < 15 && document.Elements("h1").Take(2).ToList() is { Count: 1 } headings)
        {
            title = headings[0].TextContent;
        }

        title = SpaceRuns().Replace(title.Trim(), " ");
        var words = Words(title);
        if (words <= 4 && !cutSiteName && (!hierarchical || words != Words(Regex.Replace(original, @"[\|\-–—\\/>»]+", "")) - 1))
        {
            title = original;
        }

        return title;
    }

    /// <summary>The title without a leading or trailing part that is the site's name, or null when it has none.</summary>
    private static string? WithoutSiteName(string title, string? siteName)
    {
        siteName = siteName is null ? null : SpaceRuns().Replace(siteName.Trim(), " ");
        if (string.IsNullOrEmpty(siteName))
        {
            return null;
        }

        var separators = Separator().Matches(title);
        if (separators.Count == 0)
        {
            return null;
        }

        var last = separators[^1];
        var first = separators[0];
        var before = title[..last.Index].Trim();
        var after = title[(first.Index + first.Length)..].Trim();
        return string.Equals(title[(last.Index + last.Length)..].Trim(), siteName, StringComparison.OrdinalIgnoreCase) && before.Length > 0 ? before
            : string.Equals(title[..first.Index].Trim(), siteName, StringComparison.OrdinalIgnoreCase) && after.Length > 0 ? after
            : null;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// JSON-LD's name and headline usually agree; when they differ (a site's name in "name", or a description in
    /// "headline"), the one resembling the page's own title wins, and "name" when neither or both do.
    /// </summary>
    public static string? FromJsonLd(string? name, string? headline, string? pageTitle)
    {
        if (name is not null && headline is not null && name != headline && pageTitle is not null)
        {
            return Similarity(headline, pageTitle) > SameTitleSimilarity && Similarity(name, pageTitle) <= SameTitleSimilarity ? headline : name;
        }

        return name ?? headline;
    }

    /// <summary>How much of <paramref name="b"/>'s words (by length) also occur in <paramref name="a"/>, from 0 to 1.</summary>
    private static double Similarity(string a, string b)
    {
        static string[] Tokens(string text) => Regex.Split(text.ToLowerInvariant(), @"\W+").Where(t => t.Length > 0).ToArray();
        var inA = Tokens(a).ToHashSet(StringComparer.Ordinal);
        var tokensB = Tokens(b);
        if (inA.Count == 0 || tokensB.Length == 0)
        {
            return 0;
        }

        var unique = string.Join(' ', tokensB.Where(t => !inA.Contains(t)));
        return 1 - ((double)unique.Length / string.Join(' ', tokensB).Length);
    }
}
