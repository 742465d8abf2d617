using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>Names the tagger read as MISC that no rule gave a kind: offered to linking as names the store may know.</summary>
internal static class MiscNames
{
    /// <summary>
    /// Of the spans the tagger read as MISC, the names of several capitalised words that no rule read as anything else
    /// ("aid workers with World Harvest Kitchen"): each a mention only if the store already knows an entity of that
    /// name (<see cref="RecognizedMention.OnlyIfKnown"/>). Nationalities and names opening with one stay unread.
    /// </summary>
    public static IEnumerable<RecognizedMention> OnlyIfKnown(
        string text, List<Token> tokens, List<(int Start, int End)> unreadMisc, List<NamePiece> pieces, Gazetteer gazetteer) =>
        unreadMisc
            .Where(span => span.End - span.Start >= 2 && !pieces.Exists(p => p.StartToken < span.End && span.Start < p.EndToken)
                && gazetteer.PlaceOfDemonym(tokens[span.Start].Text) is null && tokens[span.End - 1].IsCapitalized
                && Enumerable.Range(span.Start, span.End - span.Start)
                    .All(i => tokens[i] is { IsWord: true, IsCapitalized: true } || tokens[i].Text is "of" or "the" or "and" or "for"))
            .Select(span => (Start: tokens[span.Start].Start, End: tokens[span.End - 1].End, Surface: text[tokens[span.Start].Start..tokens[span.End - 1].End]))
            .Select(name => new RecognizedMention(name.Start, name.End, name.Surface, EntityKind.Organization, name.Surface, OnlyIfKnown: true));
}
