namespace NewsReader.Text;

/// <summary>
/// The Porter stem of an English word (M. F. Porter, "An algorithm for suffix stripping", 1980), as SQLite's FTS5
/// <c>porter</c> tokenizer indexes words: "defenses" and "defense" are "defens", "talks" and "talking" are "talk".
/// Used where the app compares words the way full-text search does (<see cref="Search.SearchSnippet"/>). Expects a
/// folded word (lower case, accents removed); a word with anything but the letters a to z, or of two letters or fewer,
/// is its own stem.
/// </summary>
public static class PorterStem
{
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var w = new Word(word);
        w.Step1();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    /// <summary>The word being stemmed; each step looks at its end.</summary>
    private sealed class Word(string word)
    {
        private string _text = word;

        public override string ToString() => _text;

        public void Step1()
        {
            // 1a: plurals.
            if (_text.EndsWith("sses", StringComparison.Ordinal) || _text.EndsWith("ies", StringComparison.Ordinal))
            {
                _text = _text[..^2];
            }
            else if (_text.EndsWith('s') && !_text.EndsWith("ss", StringComparison.Ordinal))
            {
                _text = _text[..^1];
            }

            // 1b: past tenses and gerunds.
            var tidy = false;
            if (_text.EndsWith("eed", StringComparison.Ordinal))
            {
                if (Measure(_text.Length - 3) > 0)
                {
                    _text = _text[..^1];
                }
            }
            else if (EndsAfterVowel("ed") || EndsAfterVowel("ing"))
            {
                _text = _text[..^(_text.EndsWith("ed", StringComparison.Ordinal) ? 2 : 3)];
                tidy = true;
            }

            if (tidy)
            {
                if (_text.EndsWith("at", StringComparison.Ordinal) || _text.EndsWith("bl", StringComparison.Ordinal) || _text.EndsWith("iz", StringComparison.Ordinal))
                {
                    _text += "e";
                }
                else if (EndsWithDoubleConsonant(_text.Length) && _text[^1] is not ('l' or 's' or 'z'))
                {
                    _text = _text[..^1];
                }
                else if (Measure(_text.Length) == 1 && EndsConsonantVowelConsonant(_text.Length))
                {
                    _text += "e";
                }
            }

            // 1c: a final y after a vowel-bearing stem.
            if (_text.EndsWith('y') && HasVowel(_text.Length - 1))
            {
                _text = _text[..^1] + "i";
            }
        }

        public void Step2() => Replace(0, [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ]);

        public void Step3() => Replace(0, [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ]);

        public void Step4()
        {
            string[] suffixes =
            [
                "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
                "ous", "ive", "ize",
            ];
            var suffix = suffixes.Where(s => _text.EndsWith(s, StringComparison.Ordinal)).MaxBy(s => s.Length);
            if (suffix is null)
            {
                return;
            }

            var stem = _text.Length - suffix.Length;
            if (Measure(stem) > 1 && (suffix != "ion" || (stem > 0 && _text[stem - 1] is 's' or 't')))
            {
                _text = _text[..stem];
            }
        }

        public void Step5()
        {
            if (_text.EndsWith('e'))
            {
                var m = Measure(_text.Length - 1);
                if (m > 1 || (m == 1 && !EndsConsonantVowelConsonant(_text.Length - 1)))
                {
                    _text = _text[..^1];
                }
            }

            if (_text.EndsWith("ll", StringComparison.Ordinal) && Measure(_text.Length) > 1)
            {
                _text = _text[..^1];
            }
        }

        /// <summary>The longest of the suffixes the word ends with is replaced when the stem before it measures more than <paramref name="minMeasure"/>.</summary>
        private void Replace(int minMeasure, (string Suffix, string With)[] rules)
        {
            var rule = rules.Where(r => _text.EndsWith(r.Suffix, StringComparison.Ordinal)).OrderByDescending(r => r.Suffix.Length).FirstOrDefault();
            if (rule.Suffix is not null && Measure(_text.Length - rule.Suffix.Length) > minMeasure)
            {
                _text = _text[..^rule.Suffix.Length] + rule.With;
            }
        }

        private bool EndsAfterVowel(string suffix) =>
            _text.EndsWith(suffix, StringComparison.Ordinal) && HasVowel(_text.Length - suffix.Length);

        private bool IsConsonant(int i) => _text[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        private bool HasVowel(int length) => Enumerable.Range(0, length).Any(i => !IsConsonant(i));

        /// <summary>m: how many vowel-consonant sequences the first <paramref name="length"/> letters hold ([C](VC)^m[V]).</summary>
        private int Measure(int length)
        {
            var m = 0;
            var i = 0;
            while (i < length && IsConsonant(i))
            {
                i++;
            }

            while (i < length)
            {
                while (i < length && !IsConsonant(i))
                {
                    i++;
                }

                if (i >= length)
                {
                    break;
                }

                m++;
                while (i < length && IsConsonant(i))
                {
                    i++;
                }
            }

            return m;
        }

        private bool EndsWithDoubleConsonant(int length) =>
            length >= 2 && _text[length - 1] == _text[length - 2] && IsConsonant(length - 1);

        /// <summary>*o: the first <paramref name="length"/> letters end consonant, vowel, consonant, the last not w, x or y.</summary>
        private bool EndsConsonantVowelConsonant(int length) =>
            length >= 3 && IsConsonant(length - 3) && !IsConsonant(length - 2) && IsConsonant(length - 1) && _text[length - 1] is not ('w' or 'x' or 'y');
    }
}
