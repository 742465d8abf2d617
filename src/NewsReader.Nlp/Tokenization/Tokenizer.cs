using System.Text.RegularExpressions;

namespace NewsReader.Nlp.Tokenization;

/// <summary>
/// Splits news text into words and punctuation, keeping offsets, the way CoNLL-2003 (the tagger's training data)
/// is tokenised: dotted acronyms, abbreviations and hyphenated names stay whole, a possessive 's is its own token.
/// </summary>
public static partial class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        foreach (Match match in TokenPattern().Matches(text))
        {
            var word = match.Value;
            var possessive = word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal));
            if (possessive)
            {
                tokens.Add(new Token(match.Index, match.Index + word.Length - 2, word[..^2]));
                tokens.Add(new Token(match.Index + word.Length - 2, match.Index + word.Length, word[^2..]));
            }
            else
            {
                tokens.Add(new Token(match.Index, match.Index + word.Length, word));
            }
        }

        return tokens;
    }

    // In order: dotted acronyms (U.S., D.C.); abbreviations that keep their period (Mr., Gen., Oct., Inc.); words
    // with inner hyphens or apostrophes and numbers with separators (Jean-Pierre, Day-169, 32,000, 7.4); runs of
    // dashes; then any other visible mark on its own.
    [GeneratedRegex(
        @"\p{Lu}\.(?:\p{Lu}\.)+|\b(?:Mrs|Mr|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Pres|Rev|St|Jr|Sr|Inc|Corp|Ltd|Co|No|"
        + @"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s)|"
        + @"[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+|[.,]\d+)*|-{2,}|[^\s\p{L}\p{M}\p{N}]",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenPattern();
}
