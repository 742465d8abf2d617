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

    /// <summary>
    /// True while every mention of it is a lone place or organisation name only the tagger vouched for
    /// (<see cref="Recognition.RecognizedMention.KindIsAGuess"/>): such an entity may later turn out to be a person.
    /// </summary>
    public bool KindIsAGuess { get; set; }

    /// <summary>How many stored articles mention it: its rarity for story grouping and related articles.</summary>
    public int ArticleCount { get; set; }

    /// <summary>A set, not a list: tracking each of an article's mentions looks it up here (a list made that quadratic).</summary>
    public HashSet<Mention> Mentions { get; set; } = [];

    public List<EntityRole> Roles { get; set; } = [];

    public List<EntityAlias> Aliases { get; set; } = [];
}
