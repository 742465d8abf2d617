namespace NewsReader.Sources.Feeds;

/// <summary>
/// An RSS or Atom feed: the site's title (the outlet of its items), its entries in feed order (at most
/// <see cref="FeedReader.MaxEntries"/>), and how many items it held in all.
/// </summary>
public sealed record Feed(string? Title, Uri? Link, IReadOnlyList<FeedEntry> Entries)
{
    /// <summary>The items the feed holds, read or not.</summary>
    public int ItemCount { get; init; } = Entries.Count;

    /// <summary>Items past <see cref="FeedReader.MaxEntries"/>, not read.</summary>
    public int Unread => ItemCount - Entries.Count;
}
