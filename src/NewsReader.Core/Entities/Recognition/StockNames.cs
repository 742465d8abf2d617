using System.Collections.Frozen;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// A company named by its stock: capitalised words the tagger left unread right before a word for a company's stock
/// that a verb or a figure follows ("Amazon shares jumped 8%", "Nvidia stock fell", "Boeing's shares slid") name a
/// company, an organisation. Names the article already has, demonyms and words the tagger read as MISC are left as
/// read; at the start of a sentence, where capitals say nothing, a single everyday word is taken only when the
/// article also writes it capitalised in mid-sentence ("Target shares rose … at Target stores").
/// </summary>
internal static class StockNames
{
    /// <summary>A company's name is at most this many words.</summary>
    private const int MaxWords = 3;

    public static void Apply(string text, List<Token> tokens, UnreadWords unread, Func<string, string> wordClassOf)
    {
        for (var stock = 1; stock + 1 < tokens.Count; stock++)
        {
            if (!StockWords.Contains(tokens[stock].Text) || !IsVerbOrFigure(tokens[stock + 1]))
            {
                continue;
            }

            var end = tokens[stock - 1].IsPossessive ? stock - 1 : stock;
            var start = unread.StartOfNameBefore(end, MaxWords);
            if (start == end || !unread.CapitalsSayName(start, wordClassOf))
            {
                continue;
            }

            var surface = text[tokens[start].Start..tokens[end - 1].End];
            var piece = NamePiece.Over(tokens, start, end, surface, EntityKind.Organization, surface);
            piece.KindIsSettled = true;
            unread.Add(piece);
        }
    }

    /// <summary>What follows a company's stock when it is the subject: a verb in lower case ("jumped") or a figure ("8%").</summary>
    private static bool IsVerbOrFigure(Token token) => (token.IsWord && char.IsLower(token.Text[0])) || char.IsDigit(token.Text[0]);

    /// <summary>Words for a company's stock.</summary>
    private static readonly FrozenSet<string> StockWords = new[] { "shares", "stock", "stocks" }.ToFrozenSet(StringComparer.Ordinal);
}
