namespace NewsReader.Entities.Recognition;

/// <summary>
/// A gazetteer entry: the kind of thing a surface form names and its canonical name. Curated entries (kept by hand)
/// are sure of their kind; generated place names only say what the name is when it is a place.
/// </summary>
public sealed record KnownName(EntityKind Kind, string CanonicalName, bool IsCurated = false);
