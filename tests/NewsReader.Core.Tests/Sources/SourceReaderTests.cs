using System.Text;
using System.Text.RegularExpressions;
using NewsReader.Sources.Feeds;

namespace NewsReader.Sources;

public sealed class SourceReaderTests
{
    [Fact]
    public void A_feed_gives_an_item_per_entry_and_a_bad_entry_does_not_spoil_the_others()
    {
        var rss = FeedReaderTests.Rss($"""
            <item><title>Harbour plan approved</title><link>https://coastal.example/a</link><description><![CDATA[<p>{FeedReaderTests.LongParagraph}</p>]]></description></item>
            <item><link>https://coastal.example/untitled</link><description>{FeedReaderTests.LongParagraph}</description></item>
            <item><title>Teaser</title><link>https://coastal.example/teaser</link><description>Read more.</description></item>
            """);

        var items = SourceReader.Read(new SourceDocument("feed.xml", Encoding.UTF8.GetBytes(rss)));

        items.Select(i => i.Source).Should().Equal("https://coastal.example/a", "https://coastal.example/untitled", "https://coastal.example/teaser");
        items[0].Result.Value!.Outlet.Should().Be("Coastal Times");
        items[1].Result.Error.Should().StartWith("no title");
        items[2].Result.Error.Should().Contain("only a teaser");
        items[2].FullTextAt.Should().Be(new Uri("https://coastal.example/teaser"));
    }

    [Fact]
    public void A_feed_item_is_published_at_its_link_and_written_by_its_author()
    {
        var rss = FeedReaderTests.Rss($"""
            <item><title>Harbour plan approved</title><link>https://coastal.example/a</link><author>ana@coastal.example (Ana Ruiz)</author>
            <description><![CDATA[<p>{FeedReaderTests.LongParagraph}</p>]]></description></item>
            """);

        var article = SourceReader.Read(new SourceDocument("feed.xml", Encoding.UTF8.GetBytes(rss)))[0].Result.Value!;

        article.Url.Should().Be(new Uri("https://coastal.example/a"));
        article.Byline.Should().NotBeNullOrEmpty().And.Contain("Ana Ruiz");
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public void Items_past_the_limit_are_counted_in_one_line_that_says_so(string kind)
    {
        var count = FeedReader.MaxEntries + 250;
        var feed = kind == "rss"
            ? FeedReaderTests.Rss(string.Concat(Enumerable.Range(0, count).Select(i => $"<item><title>Item {i}</title><link>https://coastal.example/{i}</link><description>Short.</description></item>")))
            : $"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Coastal Times</title>{string.Concat(Enumerable.Range(0, count).Select(i => $"<entry><title>Item {i}</title><link href=\"https://coastal.example/{i}\"/><summary>Short.</summary></entry>"))}</feed>""";

        var items = SourceReader.Read(new SourceDocument("big.xml", Encoding.UTF8.GetBytes(feed)));

        items.Should().HaveCount(FeedReader.MaxEntries + 1);
        items[^1].Source.Should().Be($"big.xml#items-{FeedReader.MaxEntries + 1}-{count}");
        items[^1].Result.Error.Should().Contain($"holds {count:N0} items").And.Contain("250 were left");
    }

    [Theory]
    [InlineData("page.html", new byte[] { })]
    [InlineData("feed.xml", new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00 })]
    [InlineData("notes.md", new byte[] { (byte)'#', (byte)' ', 0xC3, 0x28 })]
    public void Bad_bytes_in_any_format_are_an_item_that_says_why(string name, byte[] content)
    {
        var items = SourceReader.Read(new SourceDocument(name, content));

        items.Should().ContainSingle().Which.Result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void A_pattern_that_runs_out_of_time_fails_its_document_with_the_reason_instead_of_throwing()
    {
        // Nested quantifiers on a line with no match take exponential time: this one always reaches its bound.
        var slow = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));

        var items = SourceReader.Guarded("slow.txt", () => slow.IsMatch(new string('a', 64) + "!") ? [] : []);

        items.Should().ContainSingle().Which.Should().Match<SourceItem>(i => i.Source == "slow.txt" && i.Result.Error!.Contains("took longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_feed_fails_its_document_with_the_reader_s_reason()
    {
        var items = SourceReader.Read(new SourceDocument("feed.xml", Encoding.UTF8.GetBytes("<rss><channel><item></channel></rss>")));

        items.Should().ContainSingle().Which.Result.Error.Should().StartWith("not a readable feed");
    }
}
