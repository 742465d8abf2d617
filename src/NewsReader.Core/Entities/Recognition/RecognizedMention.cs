namespace NewsReader.Entities.Recognition;

/// <summary>
/// A name found in a text: where it is (end exclusive), what kind of thing, its canonical name, and for a person the
/// role the text gives right before the name, if any. <paramref name="KindIsAGuess"/> marks a lone place or
/// organisation name only the tagger vouches for (no list knows it, nothing in the article confirms it): the
/// tagger often takes a bare surname for one ("Biden signed it" as an organisation), so linking may read it as the
/// one known person of that name.
/// </summary>
public sealed record RecognizedMention(int Start, int End, string Text, EntityKind Kind, string CanonicalName, PersonRole? Role = null, bool KindIsAGuess = false);
