namespace NewsReader.Nlp.Tagging;

/// <summary>Word shapes and the orthographic facts the tagger reads from a token's characters.</summary>
internal static class TokenShape
{
    public const int MaxShapeLength = 12;

    [Flags]
    public enum Facts
    {
        None = 0,
        InitialCapital = 1,
        AllCapitals = 2,
        AllLower = 4,
        HasDigit = 8,
        AllDigits = 16,
        HasHyphen = 32,
        HasPeriod = 64,
        Punctuation = 128,
        MixedCase = 256,
        SingleLetter = 512,
    }

    /// <summary>"Jean-Pierre" → "Xxxx-Xxxxx" (cut at 12), and its short form with repeats folded: "Xx-Xx".</summary>
    public static (ulong Long, ulong Short) Hashes(ReadOnlySpan<char> token)
    {
        Span<char> longShape = stackalloc char[MaxShapeLength];
        Span<char> shortShape = stackalloc char[MaxShapeLength];
        var longLength = 0;
        var shortLength = 0;
        foreach (var c in token)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (longLength < MaxShapeLength)
            {
                longShape[longLength++] = s;
            }

            if (shortLength < MaxShapeLength && (shortLength == 0 || shortShape[shortLength - 1] != s))
            {
                shortShape[shortLength++] = s;
            }
        }

        return (FeatureHash.Of(longShape[..longLength]), FeatureHash.Of(shortShape[..shortLength]));
    }

    public static Facts Describe(ReadOnlySpan<char> token)
    {
        int upper = 0, lower = 0, digit = 0, letters = 0;
        var facts = Facts.None;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else
                {
                    lower++;
                }
            }
            else if (char.IsDigit(c))
            {
                digit++;
            }
            else if (c == '-')
            {
                facts |= Facts.HasHyphen;
            }
            else if (c == '.')
            {
                facts |= Facts.HasPeriod;
            }
        }

        if (token.Length > 0 && char.IsUpper(token[0]))
        {
            facts |= Facts.InitialCapital;
        }

        if (letters > 1 && upper == letters)
        {
            facts |= Facts.AllCapitals;
        }

        if (letters > 0 && lower == letters)
        {
            facts |= Facts.AllLower;
        }

        if (upper > 0 && lower > 0 && !(upper == 1 && char.IsUpper(token[0])))
        {
            facts |= Facts.MixedCase;
        }

        if (digit > 0)
        {
            facts |= digit == token.Length ? Facts.HasDigit | Facts.AllDigits : Facts.HasDigit;
        }

        if (letters == 0 && digit == 0)
        {
            facts |= Facts.Punctuation;
        }

        if (letters == 1 && token.Length <= 2)
        {
            facts |= Facts.SingleLetter;
        }

        return facts;
    }
}
