using System.Collections.Frozen;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// An outlet or an institution cited as a source: capitalised words that "the" opens and a verb of saying closes
/// ("…, the Guardian reported", "the Athletic said on Sunday"), or that "according to the" opens ("according to the
/// SITE intelligence group"), name an organisation where the tagger read them as MISC or left them unread. A person
/// is never "the" anything, so a name with "the" that says something is an outlet, an agency or a firm. Left as read:
/// people of a nation or a party, a lone plural ("the Americans said", "the Republicans said"), titles ("the
/// President said"), a lone word for an institution or a text ("the Council said", "according to the Constitution",
/// WordNet noun.group and noun.communication), a law's or a treaty's name ("according to the UN Charter"), days and
/// months. A name the gazetteer knows with "The" takes its canonical form ("the Guardian" is The Guardian).
/// </summary>
internal static class CitedSources
{
    /// <summary>A cited source's name is at most this many words.</summary>
    private const int MaxWords = 4;

    public static void Apply(string text, List<Token> tokens, UnreadWords unread, Gazetteer gazetteer, Func<string, string> wordClassOf)
    {
        for (var the = 0; the + 2 < tokens.Count; the++)
        {
            if (tokens[the].Text is not ("the" or "The"))
            {
                continue;
            }

            var end = the + 1;
            while (end < tokens.Count && end - the - 1 < MaxWords && unread.IsUnnamedNameWord(end) && !IsPeopleOrDate(tokens[end].Text, gazetteer))
            {
                end++;
            }

            var start = the + 1;
            if (end == start || end >= tokens.Count || !(SayingVerbs.Contains(tokens[end].Text) || IsAfterAccordingTo(tokens, the))
                || (end - start == 1 && (IsGenericWord(tokens[start].Text, wordClassOf) || tokens[start].Text.EndsWith('s'))))
            {
                continue;
            }

            var surface = text[tokens[start].Start..tokens[end - 1].End];
            if (UntrustedNames.IsDocumentName(surface))
            {
                continue;
            }

            var known = gazetteer.Find(surface) ?? gazetteer.Find("The " + surface);
            var piece = NamePiece.Over(tokens, start, end, surface, known?.Kind ?? EntityKind.Organization, known?.CanonicalName ?? surface);
            piece.KindIsSettled = true;
            unread.Add(piece);
            the = end;
        }
    }

    /// <summary>People of a nation ("Americans"), or a day or a month: no source's name.</summary>
    private static bool IsPeopleOrDate(string word, Gazetteer gazetteer) =>
        (word.EndsWith('s') && gazetteer.PlaceOfDemonym(word[..^1]) is not null) || DescribedNames.IsCalendarWord(word);

    private static bool IsAfterAccordingTo(List<Token> tokens, int the) =>
        the >= 2 && tokens[the - 1].Text == "to" && tokens[the - 2].Text is "according" or "According";

    /// <summary>A lone everyday word for an institution or a text ("Council", "Constitution"): a short form or a document, no source's name.</summary>
    private static bool IsGenericWord(string word, Func<string, string> wordClassOf) =>
        wordClassOf(word.ToLowerInvariant()) is "noun.group" or "noun.communication";

    /// <summary>Verbs a source says or reports something with, in the forms news writes them.</summary>
    private static readonly FrozenSet<string> SayingVerbs = new[]
    {
        "said", "says", "reported", "reports", "told", "wrote", "writes", "announced", "announces", "added", "noted", "confirmed",
    }.ToFrozenSet(StringComparer.Ordinal);
}
