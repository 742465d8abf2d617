using NewsReader.Articles;
using NewsReader.Text;

namespace NewsReader.Sources.PlainText;

/// <summary>
/// Finds the story among a captured page's paragraphs, whichever format carried them (plain text, or Markdown saved
/// from a page): the stretch from the first to the last paragraph of sentences, without widgets, bylines and notices
/// to the reader, its pictures' captions within it read without their credits (names in a credit are not the
/// story's); the outlet where a clutter line names the site; the byline above the story; other stories' headlines
/// listed after it under a "related" label.
/// </summary>
internal static class CapturedStory
{
    /// <summary>A first line ending in "?" or "!" with more words than this is the story's text, not a headline.</summary>
    private const int MaxTitleWordsWhenSentence = 20;

    /// <summary>
    /// The article in <paramref name="paragraphs"/> (page order, the headline already taken out) under
    /// <paramref name="title"/>, or, when the capture gave none, under a headline derived from its lead; dated
    /// <paramref name="publishedAt"/>, else by the date the page shows above the story (<see cref="PageDate"/>), in
    /// the paragraphs before it or the lines <paramref name="above"/> the headline.
    /// </summary>
    public static Result<ParsedArticle> Read(IReadOnlyList<string> paragraphs, string? title, string? outlet, DateTime? publishedAt, IReadOnlyList<string> above)
    {
        var candidates = paragraphs.ToList();
        var first = candidates.FindIndex(IsStoryProse);
        if (first < 0)
        {
            return Result<ParsedArticle>.Failure(title is null
                ? "no article body: no paragraph of sentences in the file"
                : "no article body: no paragraph of sentences follows the title");
        }

        // The story opens with its own sentences; it may close with a picture's caption.
        var last = candidates.FindLastIndex(p => IsStoryProse(p) || (LineShape.IsProse(p) && PageClutter.IsCaption(p)));
        if (last == candidates.Count - 2 && IsCutOffEnding(candidates[^1]))
        {
            last++;
        }

        // Captions above the first sentence are the lead pictures' (each once) when the capture has its own headline;
        // without one they stay out, so that a caption never becomes the derived headline.
        var leadCaptions = title is null
            ? []
            : candidates[..first].Where(p => PageClutter.IsCaption(p) && !PageClutter.IsCreditOnly(p)).Distinct(StringComparer.Ordinal);
        var body = leadCaptions.Concat(candidates[first..(last + 1)].Where(IsBodyText)).Select(PageClutter.CaptionWithoutCredit).OfType<string>().ToList();
        var clutter = candidates[..first].Concat(candidates[(last + 1)..]).Concat(candidates[first..(last + 1)].Except(body));
        outlet ??= clutter.Select(PageClutter.OutletNamedBy).FirstOrDefault(name => name is not null);
        var byline = candidates[..first].Select(PageClutter.BylineName).FirstOrDefault(name => name is not null);
        publishedAt ??= PageDate.Shown(above.Concat(candidates[..first]));
        var caption = PageClutter.OpeningCaption(candidates);
        var headline = title ?? LeadHeadline.From(body.Where(p => p != caption).ToList()) ?? LeadHeadline.From(body);
        if (headline is null)
        {
            return Result<ParsedArticle>.Failure("no title: the text starts with the story and no sentence of it makes a headline");
        }

        return Result<ParsedArticle>.Success(new ParsedArticle(headline, outlet, publishedAt, body, RelatedHeadlines(candidates[(last + 1)..]))
        {
            TitleDerived = title is null,
            Byline = byline,
        });
    }

    /// <summary>A line the page shows as its own text, not a widget, a date line, a byline, a caption or a notice to the reader.</summary>
    public static bool IsPageText(string line) =>
        line.Length > 0 && !PageClutter.IsWidget(line) && !PageClutter.IsDatelineOrMark(line)
        && !PageClutter.IsByline(line) && !PageClutter.IsSiteNotice(line) && !PageClutter.IsCaption(line);

    /// <summary>
    /// A first line that reads as the story's text rather than a headline: longer than headlines run, a key point in
    /// a bulleted list, a finished sentence of several words (headlines carry no full stop), or a long question or
    /// exclamation.
    /// </summary>
    public static bool ReadsAsStoryText(string line)
    {
        var words = LineShape.WordCount(line);
        return line.Length > ArticleLimits.MaxTitleLength
            || LineShape.IsKeyPoint(line)
            || words >= LineShape.LongLineWords
            || (words >= LineShape.MinSentenceWords && FullStop.Ends(line))
            || (words > MaxTitleWordsWhenSentence && LineShape.EndsSentence(line));
    }

    /// <summary>
    /// The capture's last paragraph, right after the story, cut off in mid-sentence as excerpts and paywalled pages
    /// end ("The ministry has so far named 29 of the victims, with the blaze having"): running text too long for a
    /// label, most of its words in lower case, no widget, notice or byline.
    /// </summary>
    private static bool IsCutOffEnding(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= LineShape.LabelWords && words.Count(w => char.IsLower(w[0])) * 2 > words.Length
            && !PageClutter.IsWidget(paragraph) && !PageClutter.IsSiteNotice(paragraph) && !PageClutter.IsByline(paragraph) && !PageClutter.IsCaption(paragraph);
    }

    /// <summary>A paragraph of the story's own sentences: not a notice to the reader, nor a picture's caption.</summary>
    private static bool IsStoryProse(string paragraph) =>
        LineShape.IsProse(paragraph) && !PageClutter.IsSiteNotice(paragraph) && !PageClutter.IsCaption(paragraph);

    /// <summary>
    /// Lines in the middle of the story that are not sentences are kept only when they are long; a caption is kept
    /// (its credit is cut off after).
    /// </summary>
    private static bool IsBodyText(string paragraph) =>
        !PageClutter.IsSiteNotice(paragraph) && !PageClutter.IsByline(paragraph)
        && !LineShape.IsLabel(paragraph) && (LineShape.IsProse(paragraph) || !PageClutter.IsWidget(paragraph));

    /// <summary>Headline-shaped lines after the story count as related headlines only under a "related" label.</summary>
    private static List<string> RelatedHeadlines(List<string> tail) =>
        tail.Any(PageClutter.IsRelatedLabel)
            ? tail.Where(line => LineShape.IsHeadline(line) && !PageClutter.IsWidget(line)).Distinct(StringComparer.Ordinal).ToList()
            : [];
}
