using System.Collections.Frozen;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Organisations named after a place: "Bethel Park High School", "US Geological Survey", "the Basmanny district court"
/// (a step of <see cref="PlaceForms"/>).
/// </summary>
internal static class InstitutionNames
{
    /// <summary>
    /// A place followed by capitalised words ending in an institution's head noun names the institution: "Bethel
    /// Park High School", "US Geological Survey", "Manhattan Supreme Court" are organisations, where the tagger read
    /// only the place. The words after the place must be no name already ("White House National Security Council"
    /// stays two organisations), and a place that ends in the head itself ("Taipei City Council" read as a place) is
    /// the organisation.
    /// </summary>
    public static void Read(string text, List<Token> tokens, List<NamePiece> places, PieceIndex pieces, Func<string, string> wordClassOf)
    {
        foreach (var place in places)
        {
            if (LowerCaseInstitutionEnd(tokens, place.EndToken, wordClassOf) is int lowerEnd && !pieces.Covers(place.EndToken) && !pieces.Covers(lowerEnd - 1))
            {
                var named = text[place.Start..tokens[lowerEnd - 1].End];
                pieces.Remove(place);
                pieces.Add(NamePiece.Over(tokens, place.StartToken, lowerEnd, named, EntityKind.Organization, named));
                continue;
            }

            if (place.EndToken - place.StartToken > 1 && InstitutionHeads.Contains(tokens[place.EndToken - 1].Text))
            {
                place.Kind = EntityKind.Organization;
                continue;
            }

            var end = place.EndToken;
            while (end < tokens.Count && end - place.EndToken < MaxInstitutionWords && tokens[end].IsWord && tokens[end].IsCapitalized
                && !pieces.Covers(end) && !InstitutionHeads.Contains(tokens[end].Text) && PlaceForms.OneSpaceBefore(text, tokens, end))
            {
                end++;
            }

            if (end < tokens.Count && InstitutionHeads.Contains(tokens[end].Text) && !pieces.Covers(end) && PlaceForms.OneSpaceBefore(text, tokens, end))
            {
                var surface = text[place.Start..tokens[end].End];
                pieces.Remove(place);
                pieces.Add(NamePiece.Over(tokens, place.StartToken, end + 1, surface, EntityKind.Organization, surface));
            }
        }
    }


    /// <summary>
    /// The end of "district court" or "city council" right after a place, an institution written in lower case as
    /// Russian and American courts and councils are ("the Basmanny district court", "the Harwick city council"): a
    /// word for a kind of place (WordNet noun.location) and an institution's head noun. Null when none follows.
    /// </summary>
    private static int? LowerCaseInstitutionEnd(List<Token> tokens, int at, Func<string, string> wordClassOf) =>
        at + 1 < tokens.Count && tokens[at].Text.All(char.IsLower) && tokens[at].Text.Length > 1 && wordClassOf(tokens[at].Text) == "noun.location"
        && tokens[at + 1].Text.Length > 1 && char.IsLower(tokens[at + 1].Text[0])
        && InstitutionHeads.Contains(char.ToUpperInvariant(tokens[at + 1].Text[0]) + tokens[at + 1].Text[1..])
            ? at + 2
            : null;

    /// <summary>How many capitalised words may stand between a place and an institution's head ("High" School).</summary>
    private const int MaxInstitutionWords = 3;

    /// <summary>Head nouns of institutions, as written in a name.</summary>
    private static readonly FrozenSet<string> InstitutionHeads = new[]
    {
        "Council", "Court", "Ministry", "Department", "Agency", "Commission", "Committee", "Survey", "School",
        "University", "College", "Institute", "Association", "League", "Party", "Club", "Board", "Bureau", "Authority",
        "Foundation", "Corporation",
    }.ToFrozenSet(StringComparer.Ordinal);
}
