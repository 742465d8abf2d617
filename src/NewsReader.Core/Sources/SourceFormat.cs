namespace NewsReader.Sources;

/// <summary>The kinds of source an article can come from.</summary>
public enum SourceFormat
{
    /// <summary>A plain-text capture of a page: headline first, paragraphs after (<see cref="PlainText.PlainTextArticleParser"/>).</summary>
    PlainText,

    /// <summary>A saved or fetched web page, read by <see cref="Html.HtmlArticleExtractor"/>.</summary>
    Html,

    /// <summary>A Markdown article with optional front matter (<see cref="Markdown.MarkdownArticleParser"/>).</summary>
    Markdown,

    /// <summary>An RSS 2.0 or Atom feed: one article per item (<see cref="Feeds.FeedReader"/>).</summary>
    Feed,
}
