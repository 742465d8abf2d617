using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Reads the role a text gives a person from the words before the name: a run of role words ending in a title
/// ("national security adviser", "Defense Minister"), and whose role it is from what stands before the run: a name
/// ("White House national security adviser" → White House) or a demonym ("Israeli Defense Minister" → Israel).
/// Made once per article over its names, indexed by token, so that each person costs a few tokens' looks.
/// </summary>
internal sealed class RoleReader
{
    private readonly Gazetteer gazetteer;
    private readonly PieceIndex names;

    public RoleReader(Gazetteer gazetteer, int tokenCount, List<NamePiece> pieces)
    {
        this.gazetteer = gazetteer;
        names = new PieceIndex(pieces, tokenCount);
    }

    public PersonRole? Read(string text, IReadOnlyList<Token> tokens, NamePiece person)
    {
        var end = person.StartToken;
        if (end == 0 || !gazetteer.IsTitle(tokens[end - 1].Text))
        {
            return null;
        }

        var start = end - 1;
        while (start > 0 && tokens[start - 1].IsWord && gazetteer.IsRoleWord(tokens[start - 1].Text) && !names.Covers(start - 1))
        {
            start--;
        }

        var title = text[tokens[start].Start..tokens[end - 1].End];
        if (start == 0)
        {
            return new PersonRole(title, null);
        }

        var of = names.EndingAt(start, p => p.Kind is EntityKind.Organization or EntityKind.Place)?.CanonicalName ?? gazetteer.PlaceOfDemonym(tokens[start - 1].Text);
        return new PersonRole(title, of);
    }
}
