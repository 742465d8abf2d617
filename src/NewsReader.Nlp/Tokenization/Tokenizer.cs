using System.Collections.Frozen;
using System.Globalization;

namespace NewsReader.Nlp.Tokenization;

/// <summary>
/// Splits news text into words and punctuation, keeping offsets, the way CoNLL-2003 (the tagger's training data)
/// is tokenised: dotted acronyms (U.S.), abbreviations before a space (Mr., Gen., Oct.), words with inner hyphens
/// or apostrophes (Jean-Pierre, Day-169) and numbers with separators (32,000, 7.4) stay whole; a possessive 's is
/// its own token; runs of hyphens are one token; any other visible mark stands alone. A hand-written scanner: it
/// reads each character once and allocates only the tokens' strings.
/// </summary>
public static class Tokenizer
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "Mrs", "Mr", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Sen", "Rep", "Gov", "Pres",
        "Rev", "St", "Ste", "Mt", "Ft", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "No",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>((text.Length / 5) + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var end = IsWordChar(c) ? ScanWord(text, i)
                : c == '-' && i + 1 < text.Length && text[i + 1] == '-' ? ScanDashes(text, i)
                : i + 1;
            Add(tokens, text, i, end);
            i = end;
        }

        return tokens;
    }

    /// <summary>Where the word starting at <paramref name="start"/> ends: an acronym, an abbreviation, or a word.</summary>
    private static int ScanWord(string text, int start)
    {
        var acronym = ScanAcronym(text, start);
        if (acronym > start)
        {
            return acronym;
        }

        var i = start + 1;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        var plain = i;
        while (i + 1 < text.Length)
        {
            var joiner = text[i];
            if (joiner is '-' or '\'' or '’' && IsWordChar(text[i + 1]))
            {
                i += 2;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
            }
            else if (joiner is '.' or ',' && char.IsDigit(text[i + 1]))
            {
                i += 2;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        // "Mr. Biden", "JPMorgan Chase & Co., the bank": an abbreviation's period before a space or a comma-like mark.
        var isAbbreviation = i == plain && i + 1 < text.Length && text[i] == '.' && (char.IsWhiteSpace(text[i + 1]) || text[i + 1] is ',' or ';' or ')')
            && Abbreviations.Contains(text[start..i]) && (start == 0 || !IsWordChar(text[start - 1]));
        return isAbbreviation ? i + 1 : i;
    }

    /// <summary>"U.S.", "D.C.": capital, period, at least twice. Returns <paramref name="start"/> when none starts here.</summary>
    private static int ScanAcronym(string text, int start)
    {
        var i = start;
        while (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.')
        {
            i += 2;
        }

        return i - start >= 4 ? i : start;
    }

    private static int ScanDashes(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] == '-')
        {
            i++;
        }

        return i;
    }

    /// <summary>Adds the token, splitting a possessive "'s" or "’s" off a longer word.</summary>
    private static void Add(List<Token> tokens, string text, int start, int end)
    {
        var length = end - start;
        if (length > 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '’')
        {
            tokens.Add(new Token(start, end - 2, text[start..(end - 2)]));
            tokens.Add(new Token(end - 2, end, text[(end - 2)..end]));
            return;
        }

        tokens.Add(new Token(start, end, text[start..end]));
    }

    /// <summary>A letter, a number or a combining mark: what words are made of.</summary>
    private static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return true;
        }

        if (c < 128)
        {
            return false;
        }

        if (char.IsLetter(c) || char.IsNumber(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
