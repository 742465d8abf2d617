using System.Text;
using NewsReader.Text;

namespace NewsReader.Search;

/// <summary>
/// A short passage of an article around the first place the query's words occur, each occurrence marked between
/// <see cref="FullTextSearch.MarkStart"/> and <see cref="FullTextSearch.MarkEnd"/>. Words compare as FTS5's
/// tokenizer compares them (letters and digits, case and accents folded, English words by their Porter stem); a prefix
/// matches word starts, a phrase its words in a row. Made from the text in memory: FTS5's snippet() re-reads each hit's posting lists, which for a common
/// word over a large store costs more than the whole search.
/// </summary>
public sealed class SearchSnippet
{
    /// <summary>Words in a snippet.</summary>
    public const int Size = 24;

    /// <summary>Words shown before the first match.</summary>
    private const int Lead = 5;

    /// <summary>The query's words and phrases, folded once for all the hits.</summary>
    private readonly List<(string[] Parts, string[] Stems, bool IsPrefix)> _phrases;

    public SearchSnippet(IReadOnlyList<FullTextQuery.Word> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _phrases = [];
        foreach (var word in words)
        {
            var parts = word.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Folding.Fold).ToArray();
            if (parts.Length > 0)
            {
                _phrases.Add((parts, parts.Select(PorterStem.Of).ToArray(), word.IsPrefix));
            }
        }
    }

    public string Make(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The first occurrence, found by a case-insensitive scan; failing that (an accent folded away), by tokens.
        var first = FirstOccurrence(text, _phrases);
        var tokens = Tokens(text, first < 0 ? 0 : Math.Max(0, first - 400), first < 0 ? int.MaxValue : 200);
        // Tokens are folded only when compared: a snippet looks at a few dozen of the hundreds it passes.
        var folded = new string?[tokens.Count];
        string Folded(int i) => folded[i] ??= Folding.Fold(text[tokens[i].Start..tokens[i].End]);
        var stemmed = new string?[tokens.Count];

        // A word matches a query word of the same stem, as the index's porter tokenizer matched them ("defense",
        // "defenses"); each token and query word is stemmed once.
        bool Matches(int i, int part, (string[] Parts, string[] Stems, bool IsPrefix) phrase, bool prefix) =>
            prefix ? Folded(i).StartsWith(phrase.Parts[part], StringComparison.Ordinal)
                : Folded(i) == phrase.Parts[part] || (stemmed[i] ??= PorterStem.Of(Folded(i))) == phrase.Stems[part];
        var firstToken = first >= 0
            ? Math.Max(0, tokens.FindIndex(t => t.End > first))
            : Math.Max(0, Enumerable.Range(0, tokens.Count).FirstOrDefault(i => _phrases.Any(p => Matches(i, 0, p, p.IsPrefix && p.Parts.Length == 1)), -1));
        var start = Math.Max(0, firstToken - Lead);
        var end = Math.Min(tokens.Count, start + Size);
        if (end <= start)
        {
            return "";
        }

        var marked = new bool[tokens.Count];
        for (var i = start; i < end; i++)
        {
            foreach (var phrase in _phrases)
            {
                var (parts, _, prefix) = phrase;
                if (i + parts.Length <= tokens.Count && Enumerable.Range(0, parts.Length).All(k => Matches(i + k, k, phrase, prefix && k == parts.Length - 1)))
                {
                    for (var k = 0; k < parts.Length; k++)
                    {
                        marked[i + k] = true;
                    }
                }
            }
        }

        var snippet = new StringBuilder();
        if (HasWord(text.AsSpan(0, tokens[start].Start)))
        {
            snippet.Append('…');
        }

        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                TextMarks.AppendUnmarked(snippet, text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End));
            }

            var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            if (marked[i])
            {
                TextMarks.AppendUnmarked(snippet.Append(FullTextSearch.MarkStart), word).Append(FullTextSearch.MarkEnd);
            }
            else
            {
                TextMarks.AppendUnmarked(snippet, word);
            }
        }

        var rest = text.AsSpan(tokens[end - 1].End);
        if (HasWord(rest))
        {
            snippet.Append('…');
        }
        else
        {
            TextMarks.AppendUnmarked(snippet, rest.TrimEnd());
        }

        return snippet.ToString().Replace('\n', ' ');
    }

    private static bool HasWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where in the text a query word first occurs at a word start, found without tokenizing; -1 if none is found so.</summary>
    private static int FirstOccurrence(string text, List<(string[] Parts, string[] Stems, bool IsPrefix)> phrases)
    {
        var best = -1;
        foreach (var (parts, _, _) in phrases)
        {
            for (var at = text.IndexOf(parts[0], StringComparison.OrdinalIgnoreCase); at >= 0 && (best < 0 || at < best);
                 at = text.IndexOf(parts[0], at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                {
                    best = at;
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>The word tokens from a position on (at most <paramref name="limit"/>).</summary>
    private static List<(int Start, int End)> Tokens(string text, int from, int limit)
    {
        var tokens = new List<(int, int)>();
        var start = -1;
        for (var i = from; i <= text.Length && tokens.Count < limit; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                // A token cut at the starting position is not a word start: skip it.
                if (start > from || from == 0 || !char.IsLetterOrDigit(text[from - 1]))
                {
                    tokens.Add((start, i));
                }

                start = -1;
            }
        }

        return tokens;
    }
}
