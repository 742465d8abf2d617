using NewsReader.Stories;

namespace NewsReader.Web.Rendering;

/// <summary>A list of stories for <c>_StoryList</c>, each title a heading of <paramref name="HeadingLevel"/> (2 under a page's title, 3 under a section's).</summary>
public sealed record StoryListView(IReadOnlyList<StorySummary> Stories, int HeadingLevel);
