namespace NewsReader.Sources.Feeds;

/// <summary>
/// One item of a feed: its headline, link, time, author, and the text the feed carries for it; that text is the whole
/// article (<see cref="HasFullText"/>) when it runs to <see cref="FeedReader.FullTextWords"/> words, else a teaser.
/// </summary>
public sealed record FeedEntry(string? Title, Uri? Link, DateTime? Published, string? Author, IReadOnlyList<string> Paragraphs, bool HasFullText)
{
    /// <summary>The item's own identifier as the feed gives it (RSS <c>guid</c>, Atom <c>id</c>), which stays when its title or text is edited.</summary>
    public string? Id { get; init; }
}
