namespace NewsReader.Entities.Recognition;

/// <summary>A gazetteer entry: the kind of thing a surface form names and its canonical name.</summary>
public sealed record KnownName(EntityKind Kind, string CanonicalName);
