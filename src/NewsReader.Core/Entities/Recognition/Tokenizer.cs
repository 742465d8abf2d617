using System.Text.RegularExpressions;

namespace NewsReader.Entities.Recognition;

/// <summary>Splits text into words and punctuation, keeping offsets; dotted acronyms and hyphenated names stay whole.</summary>
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

    // Dotted acronyms (U.S., D.C.); abbreviated titles (Mr., Gen.); words with inner hyphens or apostrophes and
    // numbers with separators (32,000, 7.4); then any other visible mark on its own.
    [GeneratedRegex(
        @"\p{Lu}\.(?:\p{Lu}\.)+|\b(?:Mrs|Mr|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Inc|Corp|Jr|St)\.|"
        + @"[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+|[.,]\d+)*|[^\s\p{L}\p{M}\p{N}]",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenPattern();
}
