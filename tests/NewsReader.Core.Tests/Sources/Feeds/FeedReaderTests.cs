using System.Text;

namespace NewsReader.Sources.Feeds;

public sealed class FeedReaderTests
{
    internal static readonly string LongParagraph = string.Join(' ', Enumerable.Repeat("The council approved the harbour plan on Tuesday after a long debate, officials said.", 10));

    internal static string Rss(string items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Coastal Times - Local</title><link>https://coastal.example/</link>
        {items}
        </channel></rss>
        """;

    [Theory]
    [InlineData("<![CDATA[Storm <em>Helene</em> makes landfall in <b>Florida</b> on Thursday]]>")]
    [InlineData("Storm &lt;em&gt;Helene&lt;/em&gt; makes landfall in &lt;b&gt;Florida&lt;/b&gt; on Thursday")]
    [InlineData("<![CDATA[<p>Storm Helene makes</p> landfall in Florida <br> on Thursday]]>")]
    [InlineData("<![CDATA[Storm Helene <title>makes</title> landfall in Florida on Thursday]]>")]
    [InlineData("<![CDATA[Storm <script>Helene</script> makes landfall in <textarea>Florida</textarea> on Thursday]]>")]
    [InlineData("<![CDATA[Storm <style>Helene makes landfall in Florida on Thursday]]>")]
    public void Markup_inside_a_title_is_read_as_text_and_keeps_the_rest_of_the_title(string title)
    {
        var feed = FeedReader.Read(System.Text.Encoding.UTF8.GetBytes(Rss($"<item><title>{title}</title><link>https://coastal.example/a</link><description>{LongParagraph}</description></item>")));

        feed.Entries.Single().Title.Should().Be("Storm Helene makes landfall in Florida on Thursday");
    }

    [Fact]
    public void An_rss_item_with_its_full_content_is_read_as_text()
    {
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes(Rss($"""
            <item>
              <title>Harbour plan approved</title>
              <link>https://coastal.example/harbour</link>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>{LongParagraph}</p><script>alert(1)</script><p>Second <b>paragraph</b>.</p>]]></content:encoded>
              <pubDate>Tue, 03 Mar 2026 10:00:00 +0100</pubDate>
              <dc:creator>Ana Ruiz</dc:creator>
            </item>
            """)));

        feed.Title.Should().Be("Coastal Times - Local");
        var entry = feed.Entries.Should().ContainSingle().Subject;
        entry.Title.Should().Be("Harbour plan approved");
        entry.Link.Should().Be(new Uri("https://coastal.example/harbour"));
        entry.Published.Should().Be(new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc));
        entry.Author.Should().Be("Ana Ruiz");
        entry.HasFullText.Should().BeTrue();
        entry.Paragraphs.Should().Equal(LongParagraph, "Second paragraph.");
    }

    [Fact]
    public void An_item_with_only_a_teaser_is_marked_so()
    {
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes(Rss("<item><title>T</title><link>https://coastal.example/t</link><description>&lt;p&gt;Only a teaser.&lt;/p&gt;</description></item>")));

        feed.Entries[0].HasFullText.Should().BeFalse();
        feed.Entries[0].Paragraphs.Should().Equal("Only a teaser.");
    }

    [Fact]
    public void Atom_entries_read_html_and_xhtml_content()
    {
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">Harbour Watch</title>
              <link href="https://harbour.example/"/>
              <entry>
                <title type="html">Plan &lt;em&gt;approved&lt;/em&gt;</title>
                <link rel="alternate" href="https://harbour.example/plan"/>
                <published>2026-03-03T10:00:00+01:00</published>
                <author><name>Ben Ode</name></author>
                <content type="html">&lt;p&gt;{LongParagraph}&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Second</title>
                <link href="https://harbour.example/second"/>
                <updated>2026-03-04T00:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{LongParagraph}</p><p>More.</p></div></content>
              </entry>
            </feed>
            """));

        feed.Title.Should().Be("Harbour Watch");
        feed.Entries.Select(e => e.Title).Should().Equal("Plan approved", "Second");
        feed.Entries[0].Published.Should().Be(new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc));
        feed.Entries[0].Author.Should().Be("Ben Ode");
        feed.Entries[1].Paragraphs.Should().Equal(LongParagraph, "More.");
        feed.Entries.Should().OnlyContain(e => e.HasFullText);
    }

    [Fact]
    public void A_billion_laughs_feed_is_refused_without_expanding_anything()
    {
        var laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>&lol9;</title></channel></rss>
            """;

        var read = () => FeedReader.Read(Encoding.UTF8.GetBytes(laughs));

        read.Should().Throw<InvalidDataException>().WithMessage("*DTD*refused*");
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        var xxe = """<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title></channel></rss>""";

        var read = () => FeedReader.Read(Encoding.UTF8.GetBytes(xxe));

        read.Should().Throw<InvalidDataException>();
    }

    [Theory]
    [InlineData("<rss><channel><item></channel>", "not a readable feed: the XML is malformed*")]
    [InlineData("<?xml version=\"1.0\"?><html><body/></html>", "not a feed: the XML's root is <html>*")]
    public void Xml_that_is_not_a_feed_says_why(string xml, string message)
    {
        var read = () => FeedReader.Read(Encoding.UTF8.GetBytes(xml));

        read.Should().Throw<InvalidDataException>().WithMessage(message);
    }
}
