using System.Collections.Frozen;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Broadcasters named with their channel's number, which the tagger leaves off the name: a number of one to three
/// digits right after an organisation the curated gazetteer knows ("told Telemundo 44 her husband"), or after any
/// name that a word for a channel or a broadcaster stands before ("the public television channel Russia 24 said"), is
/// the broadcaster's name with its number, an organisation. A number that a noun or a capitalised word follows counts
/// something or opens a date ("NATO 32 members", "Reuters 25 Mar"), and a score is never read so: only a lower-case
/// word that is no noun may follow.
/// </summary>
internal static class ChannelNames
{
    public static void Apply(string text, List<Token> tokens, List<NamePiece> pieces, Gazetteer gazetteer, Func<string, string> wordClassOf)
    {
        foreach (var piece in pieces.Where(p => p.Kind is EntityKind.Organization or EntityKind.Place).ToList())
        {
            var number = piece.EndToken;
            if (number + 1 >= tokens.Count || !IsChannelNumber(tokens[number]) || tokens[number].Start != piece.End + 1
                || !(tokens[number + 1] is { IsWord: true } next && char.IsLower(next.Text[0]) && !wordClassOf(next.Text).StartsWith("noun.", StringComparison.Ordinal)))
            {
                continue;
            }

            var broadcaster = (piece.Kind == EntityKind.Organization && gazetteer.Find(piece.Surface) is { IsCurated: true, Kind: EntityKind.Organization })
                || (piece.StartToken > 0 && BroadcastWords.Contains(tokens[piece.StartToken - 1].Text));
            if (!broadcaster)
            {
                continue;
            }

            var surface = text[piece.Start..tokens[number].End];
            pieces.Remove(piece);
            var channel = NamePiece.Over(tokens, piece.StartToken, number + 1, surface, EntityKind.Organization, surface);
            channel.KindIsSettled = true;
            pieces.Add(channel);
        }
    }

    private static bool IsChannelNumber(Token token) => token.Text.Length is >= 1 and <= 3 && token.Text.All(char.IsAsciiDigit);

    /// <summary>Words for a channel or a broadcaster, as they stand right before its name.</summary>
    private static readonly FrozenSet<string> BroadcastWords = new[]
    {
        "channel", "station", "broadcaster", "network", "TV", "television", "radio", "outlet", "affiliate",
    }.ToFrozenSet(StringComparer.Ordinal);
}
