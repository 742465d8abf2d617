namespace NewsReader.Entities;

/// <summary>One real-world person, place, organisation or event, shared by every article that mentions it.</summary>
public sealed class Entity
{
    public int Id { get; set; }

    public EntityKind Kind { get; set; }

    /// <summary>The canonical, display form of the name ("United States", "Benjamin Netanyahu").</summary>
    public required string Name { get; set; }

    /// <summary>The lookup key: <see cref="EntityNames.Normalize"/> of <see cref="Name"/>; unique per kind.</summary>
    public required string NormalizedName { get; set; }

    public List<Mention> Mentions { get; set; } = [];

    public List<EntityRole> Roles { get; set; } = [];
}
