using NewsReader.Articles;

namespace NewsReader.Entities;

/// <summary>A role an article gives a person ("Defense Minister", of Israel), kept with the article that states it.</summary>
public sealed class EntityRole
{
    public int Id { get; set; }

    public int EntityId { get; set; }

    public Entity? Entity { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>The role as written, without the name: "national security adviser".</summary>
    public required string Title { get; set; }

    /// <summary>Whose role it is, when the text says: "White House", "Israel". Null when it does not.</summary>
    public string? Of { get; set; }
}
