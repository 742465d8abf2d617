namespace NewsReader.Entities.Recognition;

/// <summary>A name found in a text: where it is (end exclusive), what kind of thing, and its canonical name.</summary>
public sealed record RecognizedMention(int Start, int End, string Text, EntityKind Kind, string CanonicalName);
