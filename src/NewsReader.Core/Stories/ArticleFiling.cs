using NewsReader.Articles;

namespace NewsReader.Stories;

/// <summary>
/// Why an article is in its story, kept when it was filed: the article whose likeness filed it there (the one it read
/// most like when it joined, or the later article that found it and started or joined the story with it), and that
/// likeness. Articles filed before reasons were kept have none.
/// </summary>
public sealed class ArticleFiling
{
    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>The article it was filed with.</summary>
    public int WithArticleId { get; set; }

    /// <summary>The story model's likeness that filed it, 0 to 1.</summary>
    public double Likeness { get; set; }
}
