namespace NewsReader.Entities.Recognition;

/// <summary>
/// A name found in a text: where it is (end exclusive), what kind of thing, its canonical name, and for a person the
/// role the text gives right before the name, if any. <paramref name="KindIsAGuess"/> marks a lone place or
/// organisation name only the tagger vouches for (no list knows it, nothing in the article confirms it): the
/// tagger often takes a bare surname for one ("Biden signed it" as an organisation), so linking may read it as the
/// one known person of that name. <paramref name="OnlyIfKnown"/> marks a name of several words the tagger read as MISC
/// (a product, a work, an event, or an organisation it did not know): no kind of its own, it is a mention only of an
/// entity the store already holds by that name (<see cref="Linking.EntityLinker.KeepKnownAsync"/>).
/// </summary>
public sealed record RecognizedMention(
    int Start, int End, string Text, EntityKind Kind, string CanonicalName, PersonRole? Role = null, bool KindIsAGuess = false, bool OnlyIfKnown = false);
