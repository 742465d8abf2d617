using NewsReader.Nlp.Tokenization;

namespace NewsReader.Text;

/// <summary>
/// Finds the sentence a span sits in, for showing a mention in its context, with the same sentence splitter as the
/// comparison's alignment and the tagger (<see cref="SentenceSplitter"/>): one notion of a sentence everywhere.
/// </summary>
public static class Sentences
{
    /// <summary>At most this many characters of context either side of the span; a longer sentence is cut with "…".</summary>
    public const int MaxContext = 400;

    /// <summary>The sentence (or sentences) around [start, end) of the text, trimmed.</summary>
    public static string Around(string text, int start, int end) => Placed(text, start, end).Sentence;

    /// <summary>
    /// The sentence around [start, end), and where it sits in the text: the character at text position p is the
    /// sentence's character p − <c>Offset</c> (a leading "…" included), so other spans of the text can be placed in it.
    /// </summary>
    public static (string Sentence, int Offset) Placed(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);

        // Sentences never cross a line break, so only the span's paragraph is read, and of it only the window a
        // shown sentence can reach.
        var paragraphStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var paragraphEnd = text.IndexOf('\n', end) is var lineBreak and >= 0 ? lineBreak : text.Length;
        var from = Math.Max(paragraphStart, start - MaxContext);
        var to = Math.Min(paragraphEnd, end + MaxContext);
        var window = text[from..to];
        var tokens = Tokenizer.Tokenize(window);
        if (tokens.Count == 0)
        {
            var trimmed = window.TrimStart();
            return (trimmed.TrimEnd(), from + (window.Length - trimmed.Length));
        }

        var (first, last) = (0, tokens.Count);
        foreach (var range in SentenceSplitter.Split(window, tokens))
        {
            var (offset, length) = range.GetOffsetAndLength(tokens.Count);
            if (from + tokens[offset + length - 1].End <= start)
            {
                first = offset + length;
            }
            else if (from + tokens[offset].Start >= end && last == tokens.Count && offset > first)
            {
                last = offset;
            }
        }

        first = Math.Min(first, tokens.Count - 1);
        last = Math.Max(last, first + 1);
        var sentence = window[tokens[first].Start..tokens[last - 1].End];
        var cutBefore = first == 0 && from > paragraphStart;
        var cutAfter = last == tokens.Count && to < paragraphEnd;
        return ((cutBefore ? "…" : "") + sentence + (cutAfter ? "…" : ""), from + tokens[first].Start - (cutBefore ? 1 : 0));
    }
}
