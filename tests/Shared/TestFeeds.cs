using System.Globalization;
using System.Security;
using System.Text;

namespace NewsReader.TestSupport;

/// <summary>RSS written for the tests: items with full text (over 100 words) or teasers, with or without a guid.</summary>
internal static class TestFeeds
{
    public sealed record Item(int Number, string? Title = null, bool Teaser = false, bool WithGuid = true, string? Link = null);

    public static string Rss(string title, IEnumerable<Item> items, string linkBase = "https://example.org/news/")
    {
        var rss = new StringBuilder();
        rss.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{SecurityElement.Escape(title)}</title><link>https://example.org/</link>");
        foreach (var item in items)
        {
            var link = item.Link ?? $"{linkBase}{item.Number}";
            rss.Append(CultureInfo.InvariantCulture, $"<item><title>{SecurityElement.Escape(item.Title ?? $"Ferry {item.Number} returns to Port Elmira")}</title><link>{SecurityElement.Escape(link)}</link>");
            if (item.WithGuid)
            {
                rss.Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">urn:test:item:{item.Number}</guid>");
            }

            rss.Append(CultureInfo.InvariantCulture, $"<pubDate>Tue, {1 + (item.Number % 28):00} Oct 2024 09:00:00 GMT</pubDate>");
            rss.Append(CultureInfo.InvariantCulture, $"<description>{SecurityElement.Escape(item.Teaser ? $"Ferry {item.Number} is back. Read more." : Body(item.Number))}</description></item>");
        }

        return rss.Append("</channel></rss>").ToString();
    }

    /// <summary>An article of about 130 words, its own for each number.</summary>
    public static string Body(int number) =>
        $"The harbour authority of Port Elmira said on Tuesday that ferry number {number} would return to service after repairs to its engines. "
        + $"Captain Mara Lindqvist told reporters that crossing {number} had been delayed by storms for most of the week, and that passengers with tickets would be carried first. "
        + "Local traders welcomed the news, saying the weeks without a crossing had cost the island shops dearly. "
        + $"The authority said inspectors had checked vessel {number} twice before clearing it, and that a second ferry would join the route next month. "
        + "Officials added that timetables would be posted at the terminal and online, and that fares would not rise this season despite the repairs. "
        + $"Residents said they hoped crossing {number} would now run on time through the winter.";

    public static byte[] Page(int number) => Encoding.UTF8.GetBytes(
        $"<!doctype html><html><head><title>Ferry {number} returns to Port Elmira</title></head><body><article><h1>Ferry {number} returns to Port Elmira</h1><p>{Body(number)}</p></article></body></html>");
}
