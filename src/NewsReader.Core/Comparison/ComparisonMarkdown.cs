using System.Globalization;
using System.Text;

namespace NewsReader.Comparison;

/// <summary>
/// A comparison as Markdown, for a write-up: the articles compared (outlet, date, link), what all of them report
/// (each sentence beside its closest, with how close), what only one reports, by outlet, and the claims: figures by
/// what they count (differences marked) and quotations with who spoke them and who carries them.
/// </summary>
public static class ComparisonMarkdown
{
    public static string Write(ArticleComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var articles = comparison.Articles;
        var names = articles.Select(a => a.Outlet ?? a.Title).ToList();
        var text = new StringBuilder();
        text.Append("# Side by side: ").Append(Inline(articles[0].Title)).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{articles.Count} articles compared:\n\n");
        foreach (var (article, i) in articles.Select((a, i) => (a, i)))
        {
            var date = article.PublishedAt?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "date unknown";
            var title = article.Url is null ? Inline(article.Title) : $"[{Inline(article.Title)}](<{article.Url}>)";
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. **{Inline(names[i])}**, {date}: {title}\n");
        }

        var shared = comparison.Alignment.Where(r => r.Sentences.All(s => s is not null)).ToList();
        text.Append("\n## What all of them report\n\n");
        if (shared.Count == 0)
        {
            text.Append("No sentence is told by all of them.\n");
        }

        foreach (var row in shared)
        {
            text.Append(CultureInfo.InvariantCulture, $"- (closeness {row.Score:0.00})");
            for (var i = 0; i < articles.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n  - {Inline(names[i])}: {Inline(row.Sentences[i]!.Text)}");
            }

            text.Append('\n');
        }

        text.Append("\n## What only one of them reports\n");
        for (var i = 0; i < articles.Count; i++)
        {
            var only = comparison.Alignment.Where(r => r.OnlyOne && r.Sentences[i] is not null).Select(r => r.Sentences[i]!.Text).ToList();
            text.Append(CultureInfo.InvariantCulture, $"\n### {Inline(names[i])}\n\n");
            text.Append(only.Count == 0 ? "Nothing the others do not also report.\n" : string.Concat(only.Select(s => $"- {Inline(s)}\n")));
        }

        if (comparison.Claims.Figures.Count > 0)
        {
            text.Append("\n## Figures\n\n| counts | ").Append(string.Join(" | ", names.Select(Inline))).Append(" |\n|");
            text.Append(string.Concat(Enumerable.Repeat(" --- |", articles.Count + 1))).Append('\n');
            foreach (var figure in comparison.Claims.Figures)
            {
                text.Append("| ").Append(Inline(figure.Counts)).Append(figure.Disagree ? " (figures differ)" : "");
                foreach (var article in articles)
                {
                    text.Append(" | ").Append(figure.ByArticle.TryGetValue(article.Id, out var claims) ? Inline(string.Join("; ", claims.Select(c => c.Text))) : "—");
                }

                text.Append(" |\n");
            }
        }

        if (comparison.Claims.Quotes.Count > 0)
        {
            text.Append("\n## Quotations\n\n| who | quotation | carried by |\n| --- | --- | --- |\n");
            foreach (var quote in comparison.Claims.Quotes)
            {
                var carriers = string.Join(", ", articles.Select((a, i) => (a, i)).Where(x => quote.ArticleIds.Contains(x.a.Id)).Select(x => names[x.i]));
                text.Append(CultureInfo.InvariantCulture, $"| {Inline(quote.Speaker ?? "not said")} | “{Inline(quote.Text)}” | {Inline(carriers)} |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Text on one line, with the characters that would start Markdown markup (or end a table cell) escaped.</summary>
    private static string Inline(string value)
    {
        var line = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var escaped = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
