using System.Globalization;
using System.Text.RegularExpressions;
using NewsReader.Entities;

namespace NewsReader.Comparison;

/// <summary>A figure an article states: "over 32,000 people", its value, what it counts, and the sentence.</summary>
public sealed record FigureClaim(int ArticleId, string Text, double Value, string Counts, string Sentence);

/// <summary>A quotation an article carries, and who it says spoke it (null when it does not say).</summary>
public sealed record QuoteClaim(int ArticleId, string Text, string? Speaker);

/// <summary>One thing counted, and what each article says of it; <see cref="Disagree"/> when their figures differ.</summary>
public sealed record FigureRow(string Counts, IReadOnlyDictionary<int, IReadOnlyList<FigureClaim>> ByArticle, bool Disagree);

/// <summary>One quotation, who spoke it, and which articles carry it.</summary>
public sealed record QuoteRow(string Text, string? Speaker, IReadOnlySet<int> ArticleIds);

/// <summary>The claims table of a comparison: figures by what they count, quotations by speaker.</summary>
public sealed record ClaimComparison(IReadOnlyList<FigureRow> Figures, IReadOnlyList<QuoteRow> Quotes);

/// <summary>
/// Finds the checkable claims in articles and sets them against each other: figures (casualties, money, counts)
/// grouped by what they count ("people", "drone and missile" however ordered, "people killed" apart from "people
/// wounded", "dollars"), marked where the articles' figures differ ("over
/// 32,000 people" against "31,000 people"); and quotations with who spoke them (a person named around the quotation,
/// the subject of "said" or "told" first, else the nearest), marked by which articles carry them. Years, days of the month and times are not figures.
/// </summary>
public static partial class Claims
{
    /// <summary>Two quotations sharing this share of their words are one quotation, carried (and trimmed) by several outlets.</summary>
    public const double SameQuoteOverlap = 0.6;

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["hundred"] = 100, ["dozens"] = 24, ["hundreds"] = 200, ["thousands"] = 2000,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    };

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "as", "more", "than",
        "years", "year", "days", "day", "hours", "hour", "minutes", "weeks", "months", "am", "pm", "a.m.", "p.m.",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    [GeneratedRegex(@"(?<qualifier>\b(?:over|more than|at least|about|around|nearly|almost|roughly|some|up to|fewer than|less than)\s+)?(?<currency>[$€£])?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens|hundreds|thousands)\b)(?<percent>%| percent)?(?:\s+(?<scale>thousand|million|billion|trillion)\b)?(?:\s+(?<counts>[A-Za-z][A-Za-z-]+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    /// <summary>A second thing counted by the same figure: "200 drones and missiles".</summary>
    [GeneratedRegex(@"\G\s+(?:and|or)\s+(?<other>[a-z][a-z-]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CountedAlongside();

    /// <summary>What befell what is counted, right after it: "people killed", "drones intercepted".</summary>
    [GeneratedRegex(@"\G\s+(?<state>[a-z]{3,}ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StateOfCounted();

    [GeneratedRegex(@"^\W*(?:\w+\W+){0,2}?(?:said|says|told|added|stated|declared|wrote|warned|insisted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"\b(?:said|says|told|added|according to)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechBefore();

    /// <summary>The figures of one article, sentence by sentence.</summary>
    public static List<FigureClaim> Figures(int articleId, IReadOnlyList<ArticleSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var figures = new List<FigureClaim>();
        foreach (var sentence in sentences)
        {
            foreach (Match match in Figure().Matches(sentence.Text))
            {
                if (ToFigure(articleId, sentence.Text, match) is { } figure)
                {
                    figures.Add(figure);
                }
            }
        }

        return figures;
    }

    /// <summary>The quotations of one article, each with the person its sentence names outside the quotation marks.</summary>
    public static List<QuoteClaim> Quotes(ComparedArticle article, IReadOnlyList<ArticleSentence> sentences, IReadOnlyDictionary<int, NamedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        var quotes = new List<QuoteClaim>();
        foreach (var (start, end) in Quotations.In(article.Text))
        {
            var quote = article.Text[start..end];
            if (quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
            {
                continue;
            }

            // The marks around the quotation: the speaker is named outside them.
            var match = (Index: start - 1, Length: end - start + 2);

            // The speaker: a person named in the sentences the quotation spans or the one right after, outside the marks.
            var from = sentences.FirstOrDefault(s => s.End > match.Index)?.Index ?? 0;
            var to = Math.Min(sentences.Count - 1, (sentences.LastOrDefault(s => s.Start < match.Index + match.Length)?.Index ?? from) + 1);
            var window = (Start: sentences.Count == 0 ? 0 : sentences[Math.Max(0, from - 1)].Start, End: sentences.Count == 0 ? 0 : sentences[to].End);
            var speaker = article.Mentions
                .Where(m => m.Start >= window.Start && m.End <= window.End && (m.End <= match.Index || m.Start >= match.Index + match.Length))
                .Where(m => entities.TryGetValue(m.EntityId, out var e) && e.Kind == EntityKind.Person)
                .OrderByDescending(m => Speaks(article.Text, m.Start, m.End))
                .ThenBy(m => Math.Min(Math.Abs(m.Start - match.Index), Math.Abs(m.Start - (match.Index + match.Length))))
                .Select(m => entities[m.EntityId].Name)
                .FirstOrDefault();
            quotes.Add(new QuoteClaim(article.Id, quote.Trim(), speaker));
        }

        return quotes;
    }

    /// <summary>Sets the articles' claims against each other.</summary>
    public static ClaimComparison Compare(IReadOnlyList<int> articleIds, IReadOnlyList<FigureClaim> figures, IReadOnlyList<QuoteClaim> quotes)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(quotes);
        var figureRows = figures.GroupBy(f => f.Counts, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var byArticle = g.GroupBy(f => f.ArticleId).ToDictionary(a => a.Key, a => (IReadOnlyList<FigureClaim>)a.ToList());
                var disagree = byArticle.Count > 1 && byArticle.Values.Select(v => v.Max(f => f.Value)).Distinct().Count() > 1;
                return new FigureRow(g.Key, byArticle, disagree);
            })
            .OrderByDescending(r => r.ByArticle.Count).ThenByDescending(r => r.Disagree).ThenBy(r => r.Counts, StringComparer.Ordinal)
            .ToList();

        var quoteRows = new List<(string Text, string? Speaker, HashSet<int> Articles, HashSet<string> Words)>();
        foreach (var quote in quotes)
        {
            var words = Words(quote.Text);
            var same = quoteRows.FirstOrDefault(r => Overlap(r.Words, words) >= SameQuoteOverlap);
            if (same.Articles is not null)
            {
                same.Articles.Add(quote.ArticleId);
            }
            else
            {
                quoteRows.Add((quote.Text, quote.Speaker, [quote.ArticleId], words));
            }
        }

        return new ClaimComparison(
            figureRows,
            quoteRows.OrderByDescending(q => q.Articles.Count).Select(q => new QuoteRow(q.Text, q.Speaker, q.Articles)).ToList());
    }

    private static FigureClaim? ToFigure(int articleId, string sentence, Match match)
    {
        var raw = match.Groups["number"].Value;
        var counts = match.Groups["counts"].Value;
        var before = sentence[..match.Index].TrimEnd();
        var previousWord = before.Length == 0 ? "" : before[(before.LastIndexOf(' ') + 1)..];
        var isYear = raw.Length == 4 && raw.All(char.IsDigit) && raw[0] is '1' or '2';
        if (isYear || IsMonth(previousWord) || (counts.Length > 0 && IsMonth(counts)))
        {
            return null;
        }

        var value = NumberWords.TryGetValue(raw, out var word) ? word : double.Parse(raw.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        if (match.Groups["scale"].Success)
        {
            value *= Scales[match.Groups["scale"].Value];
        }

        var unit = match.Groups["currency"].Value switch
        {
            "$" => "dollars",
            "€" => "euros",
            "£" => "pounds",
            _ => match.Groups["percent"].Success ? "percent" : counts.ToLowerInvariant(),
        };
        if (unit.Length == 0 || NotCounted.Contains(unit) || (!match.Groups["currency"].Success && !match.Groups["percent"].Success && char.IsUpper(counts[0])))
        {
            return null;
        }

        var written = match.Value;
        if (match.Groups["currency"].Success || match.Groups["percent"].Success)
        {
            // "$1.5 billion in aid", "99% of the drones": the unit is the sign; the next word is not what is counted.
            written = match.Groups["counts"].Success ? written[..(match.Groups["counts"].Index - match.Index)] : written;
        }
        else
        {
            // One quantity, whatever order it is written in: "200 missiles and drones" and "200 drones and missiles"
            // count the same thing; "300 people killed" and "500 people wounded" count different ones.
            unit = Singular(unit);
            var end = match.Index + match.Length;
            if (CountedAlongside().Match(sentence, end) is { Success: true } pair && !NotCounted.Contains(pair.Groups["other"].Value))
            {
                unit = string.Join(" and ", new[] { unit, Singular(pair.Groups["other"].Value) }.Order(StringComparer.Ordinal));
                written += pair.Value;
                end += pair.Length;
            }

            if (StateOfCounted().Match(sentence, end) is { Success: true } state)
            {
                unit += " " + state.Groups["state"].Value;
                written += state.Value;
            }
        }

        return new FigureClaim(articleId, written.Trim(), value, unit, sentence);
    }

    private static string Singular(string noun) =>
        noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1] : noun;

    /// <summary>The name is the subject of a speech verb: "Netanyahu said", "Meloni told", "said Sullivan".</summary>
    private static bool Speaks(string text, int start, int end) =>
        SpeechAfter().IsMatch(text.AsSpan(end, Math.Min(30, text.Length - end)))
        || SpeechBefore().IsMatch(text.AsSpan(Math.Max(0, start - 20), start - Math.Max(0, start - 20)));

    private static bool IsMonth(string word) =>
        DateTimeFormatInfo.InvariantInfo.MonthNames.Any(m => m.Length > 0 && m.Equals(word.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
        || DateTimeFormatInfo.InvariantInfo.AbbreviatedMonthNames.Any(m => m.Length > 0 && m.Equals(word.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToHashSet();

    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
}
