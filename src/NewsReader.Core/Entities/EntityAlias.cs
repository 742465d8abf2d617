namespace NewsReader.Entities;

/// <summary>
/// Another name an entity answers to across articles, in normal form: an acronym an article defined ("mda" for
/// Magen David Adom), a surname ("biden" for Joe Biden), a form as written ("us" for United States). Several
/// entities may carry the same alias (two Sullivans); then it is ambiguous and links nothing.
/// </summary>
public sealed class EntityAlias
{
    public int Id { get; set; }

    public int EntityId { get; set; }

    public Entity? Entity { get; set; }

    /// <summary>The entity's kind, repeated so a lookup by (kind, alias) is one index seek.</summary>
    public EntityKind Kind { get; set; }

    /// <summary><see cref="EntityNames.Normalize"/> of the other name.</summary>
    public required string NormalizedAlias { get; set; }
}
