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

        read.Should().Throw<InvalidDataException>().WithMessage("*entity*DTD*not processed*");
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

    [Fact]
    public void Atom_03_is_read_with_its_escaped_content_and_issued_date()
    {
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title>Harbour Watch</title>
              <link rel="alternate" type="text/html" href="https://harbour.example/"/>
              <entry>
                <title>Plan approved</title>
                <link rel="alternate" type="text/html" href="https://harbour.example/plan"/>
                <issued>2026-03-03T10:00:00+01:00</issued>
                <modified>2026-03-05T10:00:00Z</modified>
                <content type="text/html" mode="escaped">&lt;p&gt;{LongParagraph}&lt;/p&gt;</content>
              </entry>
            </feed>
            """));

        feed.Title.Should().Be("Harbour Watch");
        var entry = feed.Entries.Single();
        (entry.Title, entry.Link?.AbsoluteUri, entry.Published).Should().Be(("Plan approved", "https://harbour.example/plan", new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc)));
        entry.Paragraphs.Should().Equal(LongParagraph);
    }

    [Fact]
    public void Atom_without_its_namespace_and_a_lone_atom_entry_are_read()
    {
        var bare = FeedReader.Read(Encoding.UTF8.GetBytes("""<feed><title>Bare</title><entry><title>One</title><link href="https://bare.example/one"/><updated>2026-01-02T03:04:05Z</updated><summary>Short.</summary></entry></feed>"""));
        var lone = FeedReader.Read(Encoding.UTF8.GetBytes("""<entry xmlns="http://www.w3.org/2005/Atom"><title>Alone</title><link href="https://lone.example/a"/><summary>Short.</summary></entry>"""));

        bare.Entries.Single().Link!.AbsoluteUri.Should().Be("https://bare.example/one");
        bare.Entries.Single().Published.Should().Be(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        lone.Title.Should().BeNull();
        lone.Entries.Single().Title.Should().Be("Alone");
    }

    [Fact]
    public void Rss_091_with_its_standard_doctype_and_html_entities_is_read_without_processing_the_dtd()
    {
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes("""
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old&nbsp;Times</title><link>http://old.example/</link>
            <item><title>Caf&eacute; opens &mdash; again</title><link>http://old.example/cafe</link><description>Short.</description></item>
            </channel></rss>
            """));

        feed.Title.Should().Be("Old Times");
        feed.Entries.Single().Title.Should().Be("Café opens — again");
    }

    [Fact]
    public void Rss_090_items_beside_the_channel_are_read()
    {
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
              <channel><title>Ninety</title><link>http://ninety.example/</link><description>d</description></channel>
              <item><title>First</title><link>http://ninety.example/1</link></item>
              <item><title>Second</title><link>http://ninety.example/2</link></item>
            </rdf:RDF>
            """));

        feed.Title.Should().Be("Ninety");
        feed.Entries.Select(e => e.Title).Should().Equal("First", "Second");
    }

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("KOI8-R")]
    public void A_feed_in_a_legacy_cyrillic_encoding_reads_as_its_declaration_says(string encoding)
    {
        var xml = $"""<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>Новости</title><item><title>Шторм в Сочи</title><link>https://news.example/1</link><description>Коротко.</description></item></channel></rss>""";

        var feed = FeedReader.Read(CodePagesEncodingProvider.Instance.GetEncoding(encoding)!.GetBytes(xml));

        feed.Title.Should().Be("Новости");
        feed.Entries.Single().Title.Should().Be("Шторм в Сочи");
    }

    [Fact]
    public void Utf8_labelled_iso_8859_1_reads_as_utf8()
    {
        var xml = """<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Zürich heute</title><item><title>Łódź and Zürich</title><link>https://news.example/1</link><description>d</description></item></channel></rss>""";

        FeedReader.Read(Encoding.UTF8.GetBytes(xml)).Entries.Single().Title.Should().Be("Łódź and Zürich");
    }

    [Fact]
    public void Relative_links_are_made_absolute_against_xml_base_and_the_feeds_address()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/blog/">
              <title>T</title>
              <entry xml:base="2026/"><title>Nested base</title><link href="first"/><summary>s</summary></entry>
              <entry><title>Feed base</title><link href="/about"/><summary>s</summary></entry>
            </feed>
            """;
        var rss = """<rss version="2.0"><channel><title>T</title><item><title>No base</title><link>posts/7</link><description>s</description></item></channel></rss>""";

        FeedReader.Read(Encoding.UTF8.GetBytes(xml)).Entries.Select(e => e.Link?.AbsoluteUri).Should().Equal("https://base.example/blog/2026/first", "https://base.example/about");
        FeedReader.Read(Encoding.UTF8.GetBytes(rss), charset: null, new Uri("https://site.example/feeds/main.xml")).Entries.Single().Link!.AbsoluteUri
            .Should().Be("https://site.example/feeds/posts/7");
        FeedReader.Read(Encoding.UTF8.GetBytes(rss)).Entries.Single().Link.Should().BeNull("a file's relative link has nothing to be resolved against");
    }

    [Fact]
    public void A_self_closing_element_in_xhtml_content_does_not_swallow_the_rest()
    {
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes($"""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
              <entry><title>Video</title><link href="https://v.example/1"/>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Before the clip.</p><iframe src="https://v.example/embed"/><p>{LongParagraph}</p><br/><p>After.</p></div></content>
              </entry>
            </feed>
            """));

        feed.Entries.Single().Paragraphs.Should().Equal("Before the clip.", LongParagraph, "After.");
    }

    [Fact]
    public void Atom_content_without_a_type_that_holds_html_is_read_as_html_and_text_with_a_less_than_sign_as_text()
    {
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
              <entry><title>Tags</title><link href="https://t.example/1"/><content>&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second &lt;b&gt;one&lt;/b&gt;.&lt;/p&gt;</content></entry>
              <entry><title>Maths</title><link href="https://t.example/2"/><content>When a &lt; b, say so.</content></entry>
            </feed>
            """));

        feed.Entries[0].Paragraphs.Should().Equal("First paragraph.", "Second one.");
        feed.Entries[1].Paragraphs.Should().Equal("When a < b, say so.");
    }

    [Fact]
    public void A_media_rss_description_is_an_items_body_and_its_media_title_a_title_when_it_has_none()
    {
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes($"""
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>Channel</title>
              <entry><link href="https://video.example/watch?v=1"/>
                <media:group><media:title>Storm over the harbour</media:title><media:description>{LongParagraph}</media:description></media:group>
              </entry>
            </feed>
            """));

        feed.Entries.Single().Title.Should().Be("Storm over the harbour");
        feed.Entries.Single().Paragraphs.Should().Equal(LongParagraph);
        feed.Entries.Single().HasFullText.Should().BeTrue();
    }

    [Fact]
    public void A_feed_wrapped_in_a_page_and_items_nested_in_items_are_read()
    {
        var wrapped = FeedReader.Read(Encoding.UTF8.GetBytes("""<html xmlns="http://www.w3.org/1999/xhtml"><body><feed xmlns="http://www.w3.org/2005/Atom"><title>Inner</title><entry><title>One</title><link href="https://in.example/1"/></entry></feed></body></html>"""));
        var nested = FeedReader.Read(Encoding.UTF8.GetBytes(Rss("<item><title>Outer</title><link>https://coastal.example/o</link><conflict><item><title>Earlier copy</title></item></conflict></item>")));

        wrapped.Entries.Single().Title.Should().Be("One");
        nested.Entries.Select(e => e.Title).Should().Equal("Outer", "Earlier copy");
    }

    [Fact]
    public void Of_several_alternate_links_the_web_page_is_taken()
    {
        var feed = FeedReader.Read(Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
              <entry><title>Forms</title>
                <link rel="alternate" type="text/gemini" href="gemini://g.example/a"/>
                <link rel="alternate" type="text/html" href="https://www.example/a"/>
              </entry>
              <entry><title>Only an id</title><id>https://www.example/b</id></entry>
            </feed>
            """));

        feed.Entries.Select(e => e.Link?.AbsoluteUri).Should().Equal("https://www.example/a", "https://www.example/b");
    }
}
