namespace NewsReader.Articles;

/// <summary>A headline the source page listed in its "related" block, kept in page order.</summary>
public sealed class RelatedHeadline
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int Position { get; set; }

    public required string Text { get; set; }
}
