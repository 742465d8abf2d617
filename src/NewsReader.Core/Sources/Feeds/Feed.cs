namespace NewsReader.Sources.Feeds;

/// <summary>An RSS or Atom feed: the site's title (the outlet of its items) and its entries in feed order.</summary>
public sealed record Feed(string? Title, Uri? Link, IReadOnlyList<FeedEntry> Entries);
