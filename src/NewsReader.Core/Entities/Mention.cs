using NewsReader.Articles;

namespace NewsReader.Entities;

/// <summary>One place in an article's text that names an entity.</summary>
public sealed class Mention
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int EntityId { get; set; }

    public Entity? Entity { get; set; }

    /// <summary>Offset of the first character in <see cref="Article.Text"/>.</summary>
    public int Start { get; set; }

    /// <summary>Offset just past the last character (exclusive).</summary>
    public int End { get; set; }

    /// <summary>The surface form as written; equals <c>Text[Start..End]</c>.</summary>
    public required string Text { get; set; }
}
