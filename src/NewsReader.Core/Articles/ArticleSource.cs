namespace NewsReader.Articles;

/// <summary>
/// The hash of the bytes of the file or page an article was read from alone (not a feed's item): the same file again
/// is the same article though a later version of the reader cleans its text another way.
/// </summary>
public sealed class ArticleSource
{
    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>SHA-256 of the source's bytes, lower-case hex (<see cref="Ingestion.ContentHash.OfSource"/>).</summary>
    public required string Hash { get; set; }
}
