using System.Collections.Frozen;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// A company named by its stock: capitalised words the tagger left unread right before a word for a company's stock
/// that a verb or a figure follows ("Amazon shares jumped 8%", "Nvidia stock fell", "Boeing's shares slid") name a
/// company, an organisation. Names the article already has, demonyms and words the tagger read as MISC are left as
/// read; at the start of a sentence, where capitals say nothing, a single everyday word is taken only when the
/// article also writes it capitalised in mid-sentence ("Target shares rose … at Target stores"). Names joined to the
/// company by "and" share its stock ("Pfizer and Moderna shares were little changed": both are companies, whether the
/// tagger read Moderna or not, and a lone word it took for a person that no name list knows is one too).
/// </summary>
internal static class StockNames
{
    /// <summary>A company's name is at most this many words.</summary>
    private const int MaxWords = 3;

    public static void Apply(string text, List<Token> tokens, UnreadWords unread, Func<string, string> wordClassOf, Func<string, bool> isPersonsName)
    {
        for (var stock = 1; stock + 1 < tokens.Count; stock++)
        {
            if (!StockWords.Contains(tokens[stock].Text) || !IsVerbOrFigure(tokens[stock + 1]))
            {
                continue;
            }

            var end = tokens[stock - 1].IsPossessive ? stock - 1 : stock;
            var start = unread.StartOfNameBefore(end, MaxWords);
            if (start < end)
            {
                if (!unread.CapitalsSayName(start, wordClassOf))
                {
                    continue;
                }

                Add(text, tokens, unread, start, end);
            }
            else if (unread.NameEndingAt(end, EntityKind.Organization) is { } named)
            {
                start = named.StartToken;
            }
            else
            {
                continue;
            }

            // Companies joined to it by "and" share its stock's verb: "Pfizer and Moderna shares were little changed".
            if (start >= 2 && tokens[start - 1].Text == "and")
            {
                var other = unread.StartOfNameBefore(start - 1, MaxWords);
                if (other < start - 1 && unread.CapitalsSayName(other, wordClassOf))
                {
                    Add(text, tokens, unread, other, start - 1);
                }
                else if (unread.NameEndingAt(start - 1, EntityKind.Person) is { } person && person.EndToken - person.StartToken == 1
                    && !person.KindIsSettled && !isPersonsName(person.Surface))
                {
                    // A lone word the tagger took for a person, which no name list knows: the company its stock says.
                    person.Kind = EntityKind.Organization;
                    person.KindIsSettled = true;
                }
            }
        }
    }

    private static void Add(string text, List<Token> tokens, UnreadWords unread, int start, int end)
    {
        var surface = text[tokens[start].Start..tokens[end - 1].End];
        var piece = NamePiece.Over(tokens, start, end, surface, EntityKind.Organization, surface);
        piece.KindIsSettled = true;
        unread.Add(piece);
    }

    /// <summary>What follows a company's stock when it is the subject: a verb in lower case ("jumped") or a figure ("8%").</summary>
    private static bool IsVerbOrFigure(Token token) => (token.IsWord && char.IsLower(token.Text[0])) || char.IsDigit(token.Text[0]);

    /// <summary>Words for a company's stock.</summary>
    private static readonly FrozenSet<string> StockWords = new[] { "shares", "stock", "stocks" }.ToFrozenSet(StringComparer.Ordinal);
}
