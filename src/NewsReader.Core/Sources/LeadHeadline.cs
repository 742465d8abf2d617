using System.Text.RegularExpressions;
using NewsReader.Nlp.Tokenization;
using NewsReader.Text;

namespace NewsReader.Sources;

/// <summary>
/// A headline for an article that arrived without one: real captures often start with the story's first sentence,
/// a byline or a date stamp. The headline is the lead's first sentence, without its dateline ("BALTIMORE (AP) –"),
/// cut at a word boundary to at most <see cref="MaxLength"/> characters. Articles keep a flag saying the headline is
/// derived, so pages and the export never pass it off as the outlet's.
/// </summary>
public static partial class LeadHeadline
{
    /// <summary>A derived headline is at most this long, its closing "…" included.</summary>
    public const int MaxLength = 90;

    /// <summary>A sentence of fewer words is no headline (a photo line, "Read more."); the next paragraph is tried.</summary>
    private const int MinWords = 3;

    /// <summary>The headline derived from the first paragraph whose first sentence has a few words, or null.</summary>
    public static string? From(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        foreach (var paragraph in paragraphs)
        {
            var sentence = FirstSentence(Dateline().Replace(PlainText.LineShape.WithoutBullet(paragraph.Trim()), string.Empty, 1));
            if (sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
            {
                return Cut(WithoutFullStop(sentence));
            }
        }

        return null;
    }

    private static string FirstSentence(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return string.Empty;
        }

        var first = SentenceSplitter.Split(text, tokens).First();
        var (offset, length) = first.GetOffsetAndLength(tokens.Count);
        return text[tokens[offset].Start..tokens[offset + length - 1].End].Trim();
    }

    /// <summary>Headlines carry no closing full stop; an abbreviation's stop ("U.S.") stays.</summary>
    private static string WithoutFullStop(string sentence) =>
        sentence.EndsWith('.') && FullStop.Ends(sentence) ? sentence[..^1] : sentence;

    /// <summary>The text when it fits, else its words up to the limit and "…".</summary>
    private static string Cut(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', MaxLength - 1);
        var kept = end > 0 ? text[..end] : text[..(MaxLength - 1)];
        return kept.TrimEnd(',', ';', ':', '-', '–', '—', ' ', '(', '“', '"', '‘', '\'') + "…";
    }

    /// <summary>
    /// A dateline before the lead: up to four capitalised words, an agency in brackets, then a dash or colon
    /// ("BALTIMORE (AP) –", "Mesquite, Texas:", "KYIV, Ukraine —"), followed by the sentence's capital.
    /// </summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*\([^)]{1,30}\))?\s*[–—:-]+\s+(?=[\p{Lu}“""‘'])", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
