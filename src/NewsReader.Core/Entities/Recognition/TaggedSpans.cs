using System.Collections.Frozen;
using NewsReader.Nlp.Tagging;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>The names a sentence's BIO tags mark, as token ranges with the tagger's type, shaped as news readers read them.</summary>
internal static class TaggedSpans
{
    /// <summary>
    /// Entity spans of one sentence's BIO tags: token range and type index (PER, LOC, ORG, MISC). A MISC word
    /// right before an organisation is part of its name when the organisation is named by common nouns ("Syrian
    /// Defense Ministry", "Israeli war cabinet"), as news readers name it, though CoNLL-2003 tags the adjective apart.
    /// An organisation or MISC name and the name after it are one organisation when "of the" joins them and
    /// <paramref name="namesAGroupOf"/> says the first ends in a word for a group ("the Brigades of the Islamic Dawn").
    /// </summary>
    public static IEnumerable<(int Start, int End, int Type)> Of(int[] tags, Func<int, int, bool> isNamedByCommonNouns, Func<int, int, bool> namesAGroupOf)
    {
        const int Place = 1, Organization = 2, Misc = 3;
        (int Start, int End, int Type)? held = null;
        foreach (var span in EntityTags.Spans(tags))
        {
            if (held is { } misc && misc.Type == Misc && misc.End == span.Start && span.Type == Organization && misc.End - misc.Start == 1
                && isNamedByCommonNouns(misc.Start, span.End))
            {
                held = (misc.Start, span.End, Organization);
                continue;
            }

            if (held is { } group && group.Type is Organization or Misc && span.Start == group.End + 2 && span.Type is Place or Organization or Misc
                && namesAGroupOf(group.End, span.Start))
            {
                held = (group.Start, span.End, Organization);
                continue;
            }

            if (held is { } previous)
            {
                yield return previous;
            }

            held = span;
        }

        if (held is { } last)
        {
            yield return last;
        }
    }

    /// <summary>
    /// Whether a demonym and the organisation after it (tokens [start, end)) make one name: the demonym is a plain
    /// adjective ("Iranian", not "Iranian-backed") and every word of the organisation is an everyday English word
    /// that is no name of its own ("Defense Ministry"). "Quds Force" and "Hezbollah" name themselves: "Iranian Quds
    /// Force" is the Quds Force, as described.
    /// </summary>
    public static bool IsNamedByCommonNouns(string text, List<Token> tokens, int start, int end, Gazetteer gazetteer, Func<string, string> wordClassOf)
    {
        if (tokens[start].Text.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        return gazetteer.Find(text[tokens[start + 1].Start..tokens[end - 1].End]) is null
            && Enumerable.Range(start + 1, end - start - 1).All(i => !tokens[i].IsWord || wordClassOf(tokens[i].Text).Length > 0);
    }

    /// <summary>
    /// Whether "of the" stands between a name ending at token <paramref name="end"/> and one starting at
    /// <paramref name="next"/>, and the first name's last word is a word for a group: a group of people (WordNet
    /// noun.group: "Brigades", "Party") or the plural of a word for a person ("Guards", "Sons"). "The Guards of the
    /// Islamic Revolution" is one organisation; "the Battle of the Bulge" and "the Day of the Dead" are not groups.
    /// </summary>
    public static bool NamesAGroupOf(List<Token> tokens, int end, int next, Func<string, string> wordClassOf)
    {
        if (tokens[end].Text != "of" || tokens[end + 1].Text != "the" || next != end + 2 || tokens[end - 1] is not { IsCapitalized: true } head)
        {
            return false;
        }

        var lower = head.Text.ToLowerInvariant();
        return wordClassOf(lower) == "noun.group"
            || (lower.Length > 3 && lower.EndsWith('s') && wordClassOf(lower[..^1]) == "noun.person");
    }

    /// <summary>
    /// Whether a title opening an organisation's name is part of it ("General Motors", "General Mills", "Justice
    /// Department"): every word after it is an everyday word, and none a name the name lists know unless it is the
    /// plural of an everyday word ("Mills" is a surname, and mills are what General Mills is named for). A person's
    /// name after a title the tagger read as an organisation ("Senator Graham"), or after a form of address ("Mr Trump":
    /// trump is an everyday word too), stays a person's.
    /// </summary>
    public static bool TitleOpensACompanysName(List<Token> tokens, int start, int end, Func<string, string> wordClassOf, Func<string, bool> isPersonsName) =>
        end - start >= 2 && !FormsOfAddress.Contains(tokens[start].Text.TrimEnd('.')) && Enumerable.Range(start + 1, end - start - 1).All(i =>
            tokens[i].Text.ToLowerInvariant() is var lower && wordClassOf(lower).Length > 0
            && (!isPersonsName(tokens[i].Text)
                || (lower.Length > 3 && lower.EndsWith('s') && wordClassOf(lower[..^1]).Length > 0)));

    /// <summary>Titles that only ever address a person, never open an institution's or a company's name.</summary>
    private static readonly FrozenSet<string> FormsOfAddress =
        new[] { "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Sir", "Dame", "Madam" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A tagged span cut at its spaced slashes: names a slash with spaces around it separates are two ("UrduPoint /
    /// Pakistan Point News", as an agency line lists its sources); "RFE/RL" is one name. Token ranges relative to the
    /// sentence at <paramref name="offset"/>.
    /// </summary>
    public static IEnumerable<(int Start, int End, int Type)> AtSlashes(List<Token> tokens, int offset, (int Start, int End, int Type) span)
    {
        var from = span.Start;
        for (var i = span.Start; i < span.End; i++)
        {
            var token = tokens[offset + i];
            if (token.Text is "/" or "|" && i > span.Start && i + 1 < span.End
                && tokens[offset + i - 1].End < token.Start && token.End < tokens[offset + i + 1].Start)
            {
                if (i > from)
                {
                    yield return (from, i, span.Type);
                }

                from = i + 1;
            }
        }

        if (from < span.End)
        {
            yield return (from, span.End, span.Type);
        }
    }

    /// <summary>
    /// A place or organisation span cut at a lower-case "in": a name does not run on through where its bearer is ("the
    /// New York County Supreme Court in Lower Manhattan" is the court, and Lower Manhattan a place). What follows
    /// "in" is a place. Token ranges relative to the sentence at <paramref name="offset"/>.
    /// </summary>
    public static IEnumerable<(int Start, int End, int Type)> AtIn(List<Token> tokens, int offset, (int Start, int End, int Type) span)
    {
        const int Place = 1, Organization = 2;
        if (span.Type is Place or Organization)
        {
            for (var i = span.Start + 1; i + 1 < span.End; i++)
            {
                if (tokens[offset + i].Text == "in" && tokens[offset + i + 1].IsCapitalized)
                {
                    return [(span.Start, i, span.Type), (i + 1, span.End, Place)];
                }
            }
        }

        return [span];
    }

    /// <summary>
    /// A tagged span cut after a known name's possessive: "NASA's Jet Propulsion Laboratory" is NASA and the Jet
    /// Propulsion Laboratory. Only an acronym or a name <paramref name="isKnown"/> (the gazetteer knows it) owns what
    /// follows, so "People's Liberation Army" and "Boston Children's Hospital" stay whole; a possessive that ends the
    /// span ("McDonald's") or that lower case follows is no cut. Token ranges relative to the sentence at
    /// <paramref name="offset"/>.
    /// </summary>
    public static IEnumerable<(int Start, int End, int Type)> AtKnownPossessives(
        string text, List<Token> tokens, int offset, (int Start, int End, int Type) span, Func<string, bool> isKnown)
    {
        for (var i = span.Start + 1; i + 1 < span.End; i++)
        {
            if (tokens[offset + i].IsPossessive && tokens[offset + i + 1].IsCapitalized
                && (IsAcronym(tokens, offset + span.Start, offset + i) || isKnown(text[tokens[offset + span.Start].Start..tokens[offset + i - 1].End])))
            {
                return [(span.Start, i, span.Type), (i + 1, span.End, span.Type)];
            }
        }

        return [span];
    }

    /// <summary>Tokens [<paramref name="start"/>, <paramref name="end"/>) are one word of two or more capitals ("NASA", "IDF").</summary>
    private static bool IsAcronym(List<Token> tokens, int start, int end) =>
        end - start == 1 && tokens[start].Text.Length >= 2 && tokens[start].Text.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// Whether the words of a span tagged a person's or a place's (tokens [<paramref name="start"/>,
    /// <paramref name="end"/>) of the sentence starting at <paramref name="sentenceStart"/>) say it is an organisation's
    /// name:
    /// <list type="bullet">
    /// <item>"told The Hill": a person-tagged name that keeps a capitalised "The" in mid-sentence, not after a colon or
    /// an opening quote, is an outlet's, a band's or a firm's, never a person's;</item>
    /// <item>"Duke Energy said": a person-tagged name of two words or more ending in a word companies' names end in
    /// (<see cref="CompanyWords"/>) that is no surname the name lists know ("Samantha Power" stays a person);</item>
    /// <item>"the Kansas City Chiefs": a place-tagged name the gazetteer does not know, of two words or more, ending in
    /// the plural of a word for people, animals or things (WordNet noun.person, noun.animal, noun.artifact: chiefs,
    /// bears, jets), names a team or a firm of that place. Places end in plurals of land and water ("Virgin Islands",
    /// "Beverly Hills", "Niagara Falls"), which are none of those.</item>
    /// </list>
    /// </summary>
    public static bool NamesAnOrganisation(
        string text, List<Token> tokens, int sentenceStart, int start, int end, int type, Gazetteer gazetteer, Func<string, string> wordClassOf,
        Func<string, bool> isSurname)
    {
        const int Person = 0, Place = 1;
        if (type == Person)
        {
            return end - start > 1
                && ((start > sentenceStart && tokens[start].Text == "The" && tokens[start - 1].Text is not (":" or "“" or "\"" or "‘"))
                    || (CompanyWords.Contains(tokens[end - 1].Text) && !isSurname(tokens[end - 1].Text)));
        }

        return type == Place && end - start >= 2 && tokens[end - 1].Text is { Length: > 3 } last && last.EndsWith('s') && char.IsUpper(last[0])
            && gazetteer.Find(text[tokens[start].Start..tokens[end - 1].End]) is null
            && wordClassOf(last[..^1].ToLowerInvariant()) is "noun.person" or "noun.animal" or "noun.artifact";
    }

    /// <summary>
    /// Words companies' names end in, as written in them ("Duke Energy", "Ford Motor", "Acme Holdings"); words that are
    /// as often surnames (Power, Steel) are left out, since the name lists do not hold every surname.
    /// </summary>
    private static readonly FrozenSet<string> CompanyWords = new[]
    {
        "Energy", "Motor", "Motors", "Airlines", "Airways", "Holdings", "Industries", "Group", "Systems", "Technologies",
        "Pharmaceuticals", "Therapeutics", "Capital", "Partners", "Bank", "Insurance", "Foods", "Networks", "Communications",
        "Entertainment", "Media", "Labs", "Electric", "Petroleum", "Oil", "Gas", "Mining", "Logistics",
        "Semiconductor", "Brands", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Co.", "LLC", "Company",
    }.ToFrozenSet(StringComparer.Ordinal);
}
