using System.Text.RegularExpressions;
using NewsReader.Text;

namespace NewsReader.Sources.PlainText;

/// <summary>
/// Recognises the page furniture that plain-text captures of news pages carry around the story: share widgets,
/// "related" blocks, follow-us prompts, ads. Phrases catch the common widgets; the parser also judges lines by shape.
/// </summary>
public static partial class PageClutter
{
    /// <summary>
    /// A bound on one line's match. The patterns take time linear in the line, so a real line matches in microseconds;
    /// the bound is far above anything a busy machine adds, and a match that reaches it fails its file
    /// (<see cref="SourceReader"/>), never the batch.
    /// </summary>
    public const int MatchTimeoutMilliseconds = 2_000;

    private const int MaxBylineWords = 12;

    /// <summary>Notices are a few sentences; a longer paragraph that mentions cookies or newsletters is a story's text.</summary>
    private const int MaxNoticeWords = 80;

    /// <summary>True for a line that is a page widget or label, never article text.</summary>
    public static bool IsWidget(string line)
    {
        var trimmed = line.Trim().TrimEnd(':', '|', '»', '›', '>').Trim();
        return trimmed.Length == 0 || IsRelatedLabel(trimmed) || WidgetPhrase().IsMatch(trimmed);
    }

    /// <summary>
    /// True for a line that only dates the page ("Updated Apr 13, 2024 - World", "Monday, 01 April 2024 12:06 PM
    /// EDT", "March 27, 2024") or holds no letter at all ("×", "0:00"): page furniture, never a headline.
    /// </summary>
    public static bool IsDatelineOrMark(string line) =>
        !line.Any(char.IsLetter) || (LineShape.WordCount(line) <= 10 && Dateline().IsMatch(line));

    /// <summary>
    /// True for a picture's caption or credit line: it ends with the credit ("… (Photo: Jane Doe/Agency)",
    /// "… Photograph: Jane Doe/Reuters", "Getty Images") rather than with the story's words.
    /// </summary>
    public static bool IsCaption(string line) => CreditEnding().IsMatch(line.Trim());

    /// <summary>True for a line that is only a picture's credit ("Photo: AFP", "Getty Images"), no caption before it.</summary>
    public static bool IsCreditOnly(string line) => IsCaption(line) && CaptionWithoutCredit(line) is null;

    /// <summary>
    /// The caption of the picture a page opens with, when its credit stands alone on the next line: the first line of
    /// sentences or caption in <paramref name="lines"/> (page order), itself no caption with its credit, followed by a
    /// credit only ("Crowds gather in Hollis on May 2." then "Photo: AFP"). Text of the page, but not the story's
    /// lead, so never what a headline is derived from. Null when the page opens otherwise. Further down, a lone credit
    /// may sit under a picture with no caption, so the line above it may be the story's own.
    /// </summary>
    public static string? OpeningCaption(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var first = lines.ToList().FindIndex(line => LineShape.IsProse(line) || IsCaption(line));
        return first >= 0 && first + 1 < lines.Count && !IsCaption(lines[first]) && IsCreditOnly(lines[first + 1]) ? lines[first] : null;
    }

    /// <summary>
    /// What a caption says without the credit that ends it: "Crowds gather in Hollis on May 2. (AP Photo/Jane Roe)"
    /// is "Crowds gather in Hollis on May 2.", as is "Crowds gather in Hollis on May 2. JANE ROE/AFP via Getty
    /// Images" (an unbracketed credit is the caption's last sentence). Null when the line is only a credit, or what is
    /// left is too short to be a sentence; the line as it is when it is no caption.
    /// </summary>
    public static string? CaptionWithoutCredit(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        var credit = CreditEnding().Match(trimmed);
        if (!credit.Success)
        {
            return trimmed;
        }

        var caption = trimmed[..credit.Index].TrimEnd();
        var bracketedOrLabelled = trimmed[credit.Index] == '(' || char.IsLetter(trimmed[credit.Index]) && !trimmed[credit.Index..].StartsWith("Getty", StringComparison.OrdinalIgnoreCase);
        if (!bracketedOrLabelled)
        {
            // "… on May 2. JANE ROE/POOL/AFP via Getty Images": the credit runs back to the caption's last full stop.
            var stop = caption.Length;
            while ((stop = caption.LastIndexOf(". ", stop - 1, StringComparison.Ordinal)) >= 0 && !FullStop.Ends(caption[..(stop + 1)]))
            {
            }

            caption = stop < 0 ? "" : caption[..(stop + 1)];
        }

        return LineShape.WordCount(caption) >= LineShape.MinSentenceWords ? caption : null;
    }

    /// <summary>
    /// A headline without what the capture glued to its end: a byline ("… assembling a juryBy …") or a clock time
    /// ("… Fico shooting06:31").
    /// </summary>
    public static string WithoutGluedTail(string line) => GluedTail().Replace(line, string.Empty).TrimEnd();

    /// <summary>
    /// True for a byline ("By Jane Doe and John Roe", "By JANE DOE, Reuters"): the writer, never the headline or the
    /// story's text.
    /// </summary>
    public static bool IsByline(string line) => LineShape.WordCount(line) <= MaxBylineWords && Byline().IsMatch(line.Trim());

    /// <summary>The writer a byline names, without "By" ("Jane Doe and John Roe", "JANE DOE, Reuters"); null for any other line.</summary>
    public static string? BylineName(string line) =>
        IsByline(line) ? line.Trim()[2..].Trim().TrimEnd(',', '|', '•', '·', '–', '—', '-', ' ') : null;

    /// <summary>
    /// True for the site speaking to its reader rather than reporting: cookie consent, newsletter and subscription
    /// offers, app and account prompts ("This website uses cookies…", "Join our crew and … receive our newsletter").
    /// </summary>
    public static bool IsSiteNotice(string paragraph) =>
        LineShape.WordCount(paragraph) <= MaxNoticeWords && SiteNotice().IsMatch(paragraph) && AddressesReader().IsMatch(paragraph);

    /// <summary>True for a label that introduces a block of other stories' headlines.</summary>
    public static bool IsRelatedLabel(string line) => RelatedLabel().IsMatch(line.Trim().TrimEnd(':').Trim());

    /// <summary>The outlet when a clutter line names the site itself ("Join NewsTrack Whatsapp group").</summary>
    public static string? OutletNamedBy(string line)
    {
        var match = SelfNaming().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        return name.Length is > 1 and <= 60 && !NotAName().IsMatch(name) ? name : null;
    }

    [GeneratedRegex(
        @"^(?:share(?: this)?(?: article| story| post)?(?: on \w+)?|tweet|pin it|print|e-?mail|copy link|"
        + @"advert(?:is(?:e)?ment)?|advertis(?:e)?ment|sponsored(?: content)?|promoted|"
        + @"search|menu|home|skip to (?:main )?content|sign (?:in|up)|log ?in|register|"
        + @"subscribe(?: now| to .*)?|newsletter|follow us(?: on .*)?|follow .* on (?:facebook|twitter|x|instagram|linkedin|youtube|telegram|whatsapp|google news)|"
        + @"like us on facebook|join (?:.+ )?(?:whatsapp|telegram|signal|discord) (?:group|channel|community)|"
        + @"download (?:our|the) app|read more|read next|comments?|\d+ comments?|leave a (?:reply|comment)|"
        + @"post a comment|show comments|load more|next|previous|back to top|top stories|latest news|"
        + @"trending(?: now)?|most (?:read|popular|viewed)|tags?|topics?|categories|listen to (?:this )?article|"
        + @"zoom in|watch|video|photos?|gallery|up next|next up|"
        + @"(?:image|photo|picture|slide)? ?\d+ ?(?:of|/) ?\d+|close|full ?screen|exit full ?screen|autoplay|buy (?:this )?photo|enlarge (?:this )?(?:image|photo)|(?:previous|next) (?:image|photo|slide)|"
        + @"(?:play|listen)(?: live)?(?: radio| video| audio| podcast)?|live radio|cookie(?:s| settings| policy)|accept(?: all)?(?: cookies)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMilliseconds)]
    private static partial Regex WidgetPhrase();

    [GeneratedRegex(
        @"^(?:related(?: news| articles?| stories| posts| content| coverage| reading| links)?|"
        + @"more (?:from|in|on) (?:this|the) (?:category|section|topic|story)|more (?:news|stories|articles)(?: from .*)?|"
        + @"(?:also|read) (?:read|also|more)|see also|you (?:may|might) also like|recommended(?: for you| stories)?|"
        + @"don'?t miss|what to read next|other stories|in other news|latest (?:stories|headlines))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMilliseconds)]
    private static partial Regex RelatedLabel();

    [GeneratedRegex(
        @"^(?:join (?<name>.+?) (?:on )?(?:whatsapp|telegram|signal|discord)(?: group| channel| community)?|"
        + @"follow (?<name>.+?) on (?:facebook|twitter|x|instagram|linkedin|youtube|telegram|whatsapp|google news)|"
        + @"subscribe to (?:the )?(?<name>.+?) (?:newsletter|channel)|"
        + @"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?<name>[^.,|]+?)(?:\.|,|\||all rights reserved|$).*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMilliseconds)]
    private static partial Regex SelfNaming();

    [GeneratedRegex(
        @"^(?:(?:updated|published|posted|last updated)\b.*\d{4}\b.*|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?)\s+\d{4}\b.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMilliseconds)]
    private static partial Regex Dateline();

    [GeneratedRegex(
        @"^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}.'’-]*)*(?:\s*[,|•·–—-]\s*[\p{L}\s.&]{0,40})?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMilliseconds)]
    private static partial Regex Byline();

    [GeneratedRegex(
        @"\b(?:cookies?|newsletters?|subscri(?:be|bers?|ption)|sign(?:ing)? up|log(?:ging)? in|our app|ad ?blocker|browser)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMilliseconds)]
    private static partial Regex SiteNotice();

    [GeneratedRegex(@"\b(?:you|your|our|this (?:site|website))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMilliseconds)]
    private static partial Regex AddressesReader();

    [GeneratedRegex(
        @"(?:\((?i:(?:ap |afp |reuters |file |getty )?(?:photo|photograph|picture|image|credit|illustration)s?(?: credit)?)\s*[:/]\s*\p{Lu}[^()]{1,80}\)"
        + @"|\b(?i:(?:photo|photograph|picture|image|illustration)s?(?: credit)?)\s*:\s*\p{Lu}[^.!?]{1,60}|\b(?i:getty images)|/\s*(?:AP|AFP|Reuters|EPA|Getty))\s*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMilliseconds)]
    private static partial Regex CreditEnding();

    [GeneratedRegex(
        @"(?:(?<=\p{Ll})By(?:\s+(?:\p{Lu}.*|…|\.\.\.)|\s*…)?|(?<=\p{L})\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeoutMilliseconds)]
    private static partial Regex GluedTail();

    [GeneratedRegex(@"^(?:us|me|them|our|the|this|all|\d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();
}
