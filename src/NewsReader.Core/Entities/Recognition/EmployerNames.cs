using System.Collections.Frozen;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Whom a person works for, named before the person's title: "Boeing Chief Executive Dave Calhoun", "Acme's chief
/// executive Ana Ruiz", "NTSB Chair Jennifer Homendy". Capitalised words the tagger left unread, standing right before
/// a run of title words that stands right before a person's name, name the organisation of that office; or the place,
/// when the title is a place's office ("Hollis Mayor Jane Roe"). Names the article already has (a known place, an
/// organisation, a demonym, a word the tagger read as MISC) are left as read. A single word that a person's name
/// could be ("Biden adviser") is not taken, nor, at the start of a sentence where capitals say nothing, an everyday
/// word the article never writes capitalised in mid-sentence ("Local police chief").
/// </summary>
internal static class EmployerNames
{
    /// <summary>An employer's name is at most this many words.</summary>
    private const int MaxWords = 4;

    public static void Apply(
        string text, List<Token> tokens, List<NamePiece> pieces, UnreadWords unread, Gazetteer gazetteer, Func<string, bool> isPersonNameWord, Func<string, string> wordClassOf)
    {
        foreach (var person in pieces.Where(p => p.Kind == EntityKind.Person).ToList())
        {
            var titleEnd = person.StartToken;
            if (titleEnd == 0 || !gazetteer.IsTitle(tokens[titleEnd - 1].Text))
            {
                continue;
            }

            var titleStart = titleEnd - 1;
            while (titleStart > 0 && tokens[titleStart - 1].IsWord && gazetteer.IsRoleWord(tokens[titleStart - 1].Text) && unread.IsUnread(titleStart - 1))
            {
                titleStart--;
            }

            // "Acme's chief executive": the possessive stands between the employer and the title.
            var end = titleStart > 0 && tokens[titleStart - 1].IsPossessive ? titleStart - 1 : titleStart;
            var start = unread.StartOfNameBefore(end, MaxWords);
            if (start == end || (end - start == 1 && isPersonNameWord(tokens[start].Text)) || !unread.CapitalsSayName(start, wordClassOf))
            {
                continue;
            }

            var surface = text[tokens[start].Start..tokens[end - 1].End];
            var isPlaceOffice = Enumerable.Range(titleStart, titleEnd - titleStart).Any(i => PlaceOffices.Contains(tokens[i].Text));
            var piece = NamePiece.Over(tokens, start, end, surface, isPlaceOffice ? EntityKind.Place : EntityKind.Organization, surface);
            piece.KindIsSettled = true;
            unread.Add(piece);
        }
    }

    /// <summary>Titles of a place's office: the name before them is the place's.</summary>
    private static readonly FrozenSet<string> PlaceOffices = new[]
    {
        "mayor", "governor", "gov.", "premier", "king", "queen", "prince", "princess", "sheriff",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
