using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>Names the tagger finds that are not the story's: inside a picture credit, or on a cut-off last word.</summary>
internal static class UntrustedNames
{
    /// <summary>Names inside a picture credit are the photographer's and the agency's (<see cref="Credits"/>).</summary>
    public static void DropCredited(string text, List<NamePiece> pieces)
    {
        var credits = Credits.Spans(text).ToList();
        if (credits.Count > 0)
        {
            pieces.RemoveAll(p => credits.Exists(c => p.Start >= c.Start && p.End <= c.End));
        }
    }

    /// <summary>A capture cut off mid-sentence may end mid-word ("… in Colebr"): a name on its last word is not trusted.</summary>
    public static void DropCutOff(string text, List<Token> tokens, List<NamePiece> pieces)
    {
        var end = text.AsSpan().TrimEnd();
        if (tokens.Count > 0 && end.Length > 0 && char.IsLetter(end[^1]))
        {
            pieces.RemoveAll(p => p.EndToken == tokens.Count);
        }
    }
}
