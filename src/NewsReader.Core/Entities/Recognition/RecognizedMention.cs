namespace NewsReader.Entities.Recognition;

/// <summary>
/// A name found in a text: where it is (end exclusive), what kind of thing, its canonical name, and for a person the
/// role the text gives right before the name, if any.
/// </summary>
public sealed record RecognizedMention(int Start, int End, string Text, EntityKind Kind, string CanonicalName, PersonRole? Role = null);
