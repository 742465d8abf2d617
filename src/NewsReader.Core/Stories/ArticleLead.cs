using NewsReader.Articles;
using NewsReader.Nlp.Tokenization;
using NewsReader.Text;

namespace NewsReader.Stories;

/// <summary>
/// The content terms of an article's lead: its headline, when the capture gave one, and its first two sentences. A
/// news report states its event there; the paragraphs after it give background that reports of neighbouring events
/// share ("the war in Gaza", "talks in Washington"), so two leads that meet say more about one event than two whole
/// texts that do (docs/stories.md).
/// </summary>
public sealed class ArticleLead
{
    /// <summary>How far into the text the lead's two sentences are looked for.</summary>
    public const int SearchedCharacters = 2_000;

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>The lead's content terms as stored (<see cref="ContentTerms.Format"/>).</summary>
    public required string Terms { get; set; }

    /// <summary>The content terms of the lead of a text with this headline (null or derived: not counted, it repeats the lead).</summary>
    public static Dictionary<string, int> TermsOf(string? headline, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text[..Math.Min(text.Length, SearchedCharacters)];
        var tokens = Tokenizer.Tokenize(start);
        var sentences = SentenceSplitter.Split(start, tokens);
        var end = sentences.Count switch
        {
            0 => start.Length,
            1 => tokens[sentences[0].End.Value - 1].End,
            _ => tokens[sentences[1].End.Value - 1].End,
        };
        return ContentTerms.Count(headline is null ? start[..end] : headline + "\n" + start[..end]);
    }
}
