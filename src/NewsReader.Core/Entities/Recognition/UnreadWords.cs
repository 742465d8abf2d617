using System.Collections.Frozen;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// The capitalised words of a text that no name covers and the tagger did not read as MISC: where a rule that knows
/// what stands after a name (a title, a word for stock) may find the name the tagger missed. Names the rule adds go
/// through here, so the next look sees them.
/// </summary>
internal sealed class UnreadWords
{
    private readonly List<Token> tokens;
    private readonly Gazetteer gazetteer;
    private readonly PieceIndex index;
    private readonly bool[] misc;

    private readonly IReadOnlyCollection<int> sentenceStarts;
    private HashSet<string>? capitalisedInMidSentence;

    public UnreadWords(
        List<Token> tokens, IReadOnlyCollection<int> sentenceStarts, List<NamePiece> pieces, IReadOnlyList<(int Start, int End)> unreadMisc, Gazetteer gazetteer)
    {
        this.tokens = tokens;
        this.sentenceStarts = sentenceStarts;
        this.gazetteer = gazetteer;
        index = new PieceIndex(pieces, tokens.Count);
        misc = new bool[tokens.Count];
        foreach (var (from, to) in unreadMisc)
        {
            Array.Fill(misc, true, from, to - from);
        }
    }

    /// <summary>Whether no name covers the token and the tagger did not read it as MISC.</summary>
    public bool IsUnread(int token) => !index.Covers(token) && !misc[token];

    /// <summary>Whether no name covers the token (the tagger may have read it as MISC).</summary>
    private bool IsUnnamed(int token) => !index.Covers(token);

    /// <summary>
    /// Whether the token is an unread capitalised word that may be part of a name: not a title or role word, a
    /// demonym, or a word that opens a phrase ("The", "Its").
    /// </summary>
    public bool IsUnreadNameWord(int token) => IsUnread(token) && IsNameWord(token);

    /// <summary>Whether the token is such a word that no name covers, read as MISC or not.</summary>
    public bool IsUnnamedNameWord(int token) => IsUnnamed(token) && IsNameWord(token);

    private bool IsNameWord(int token) =>
        tokens[token] is { IsWord: true, IsCapitalized: true } word && word.Text.Length > 1 && !gazetteer.IsRoleWord(word.Text)
        && gazetteer.PlaceOfDemonym(word.Text) is null && !Openers.Contains(word.Text);

    /// <summary>The unread name words ending just before token <paramref name="end"/>, at most <paramref name="maxWords"/> and within its sentence: their first token.</summary>
    public int StartOfNameBefore(int end, int maxWords)
    {
        var start = end;
        while (start > 0 && end - start < maxWords && !sentenceStarts.Contains(start) && IsUnreadNameWord(start - 1))
        {
            start--;
        }

        return start;
    }

    /// <summary>The name of the given kind that ends just before token <paramref name="end"/>, or null when none does.</summary>
    public NamePiece? NameEndingAt(int end, EntityKind kind) => index.EndingAt(end, p => p.Kind == kind);

    /// <summary>
    /// Whether capitals say the word at <paramref name="token"/> is a name: anywhere but at a sentence's start, and
    /// there when it is no everyday word (<paramref name="wordClassOf"/> knows none) or the text also writes it
    /// capitalised in mid-sentence ("Target shares rose … at Target stores").
    /// </summary>
    public bool CapitalsSayName(int token, Func<string, string> wordClassOf)
    {
        if (!sentenceStarts.Contains(token) || wordClassOf(tokens[token].Text.ToLowerInvariant()).Length == 0)
        {
            return true;
        }

        capitalisedInMidSentence ??= tokens.Where((t, i) => i > 0 && !sentenceStarts.Contains(i) && t.IsWord && t.IsCapitalized).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        return capitalisedInMidSentence.Contains(tokens[token].Text);
    }

    /// <summary>Adds a name a rule found; its words are read from now on.</summary>
    public void Add(NamePiece piece) => index.Add(piece);

    /// <summary>Capitalised words that open a phrase, never a name's.</summary>
    private static readonly FrozenSet<string> Openers = new[]
    {
        "The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "When", "After", "Before", "As", "While",
    }.ToFrozenSet(StringComparer.Ordinal);
}
