using System.Collections.Frozen;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Online platforms whose names are everyday words or letters ("X", "Threads"), which no list can hold as names:
/// read only where something is said or posted on them ("said on X", "in a post on Threads"), or where the text
/// says what the platform was called before ("X, formerly Twitter").
/// </summary>
internal static class PostedOn
{
    /// <summary>How far before "on" a word of posting may stand ("wrote in a statement on X").</summary>
    private const int Reach = 5;

    public static void Apply(List<Token> tokens, List<NamePiece> pieces)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!Platforms.Contains(tokens[i].Text) || tokens[i - 1].Text != "on" || pieces.Exists(p => p.StartToken <= i && i < p.EndToken))
            {
                continue;
            }

            var posted = Enumerable.Range(Math.Max(0, i - 1 - Reach), Math.Min(Reach, i - 1)).Any(j => PostingWords.Contains(tokens[j].Text));
            var formerly = i + 2 < tokens.Count && tokens[i + 2].Text is "formerly" or "previously";
            if (posted || formerly)
            {
                pieces.Add(NamePiece.Over(tokens, i, i + 1, tokens[i].Text, EntityKind.Organization, tokens[i].Text));
            }
        }
    }

    private static readonly FrozenSet<string> Platforms = new[] { "X", "Threads" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of saying and posting that come before the platform a message went out on.</summary>
    private static readonly FrozenSet<string> PostingWords = new[]
    {
        "said", "says", "say", "posted", "posts", "post", "posting", "wrote", "writes", "write", "shared", "shares",
        "statement", "message", "video", "announced", "announces", "tweeted", "replied", "responded", "added",
        "commented", "account", "accounts",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
