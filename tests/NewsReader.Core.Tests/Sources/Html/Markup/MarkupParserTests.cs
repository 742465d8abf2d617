using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using NewsReader.TestSupport;
using Xunit.Abstractions;

namespace NewsReader.Sources.Html.Markup;

public sealed partial class MarkupParserTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    /// <summary>The body's elements as nested names, text left out: "p,div(p)" for &lt;p&gt;&lt;/p&gt;&lt;div&gt;&lt;p&gt;&lt;/p&gt;&lt;/div&gt;.</summary>
    private static string Shape(MarkupNode element) =>
        string.Join(",", element.Children.Select(c => c.FirstChild is null || !c.Children.Any() ? c.Name : $"{c.Name}({Shape(c)})"));

    [Theory]
    [InlineData("<p>a<div>b</div>", "p,div")]
    [InlineData("<p>a<p>b", "p,p")]
    [InlineData("<ul><li>a<li>b<li>c</ul>", "ul(li,li,li)")]
    [InlineData("<dl><dt>a<dd>b<dt>c</dl>", "dl(dt,dd,dt)")]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>", "table(tr(td,td),tr(td))")]
    [InlineData("<div><b>bold<div>block</b>after</div></div>", "div(b(div))")]
    [InlineData("<div><span>a</div>b", "div(span)")]
    [InlineData("<a>one<a>two</a>", "a,a")]
    [InlineData("<p>line<br/>next</br>last</p>", "p(br,br)")]
    [InlineData("<h2>a<h3>b</h2>c", "h2,h3")]
    [InlineData("<div>a</span></p>b</div>", "div(p)")]
    [InlineData("<div/>text", "div")]
    public void Tags_nest_as_in_a_browser(string html, string shape) =>
        Shape(MarkupDocument.Parse(html).Body).Should().Be(shape);

    [Fact]
    public void Head_content_before_the_body_goes_in_the_head()
    {
        var document = MarkupDocument.Parse("<!DOCTYPE html><title>T &amp; U</title><meta name=a content=b>\n<p>x</p><meta name=c content=d>");

        document.Head.Children.Select(e => e.Name).Should().Equal("title", "meta");
        document.Head.First("title")!.TextContent.Should().Be("T & U");
        Shape(document.Body).Should().Be("p,meta");
    }

    [Theory]
    [InlineData("a &amp; b &lt;c&gt;", "a & b <c>")]
    [InlineData("&copy 2024 &copy; &rsquo;", "© 2024 © ’")]
    [InlineData("&#8217;&#x2019;&#X2019;&#150;&#0;&#xD800;&#1114112;", "’’’–\uFFFD\uFFFD\uFFFD")]
    [InlineData("AT&T &unknown; & &#; &#x;", "AT&T &unknown; & &#; &#x;")]
    [InlineData("&NotNestedGreaterGreater;&notit;", "\u2AA2\u0338¬it;")]
    [InlineData("one\r\ntwo\rthree\0", "one\ntwo\nthree")]
    public void Character_references_are_decoded_as_the_standard_says(string text, string expected) =>
        MarkupDocument.Parse($"<p>{text}</p>").Body.TextContent.Should().Be(expected);

    [Fact]
    public void Only_the_attributes_extraction_reads_are_kept_the_first_of_a_name_winning()
    {
        var element = MarkupDocument.Parse("<div CLASS=\"a &amp; b\" class=second id=x href=/y data-z=1 content='q?a=1&copy=2' property=og:title>").Body.First("div")!;

        element.ClassName.Should().Be("a & b");
        element.Id.Should().Be("x");
        element.GetAttribute("href").Should().BeNull();
        element.GetAttribute("data-z").Should().BeNull();
        element.GetAttribute("content").Should().Be("q?a=1&copy=2", "a legacy reference before '=' in an attribute stays as written");
        element.GetAttribute("property").Should().Be("og:title");
    }

    [Theory]
    [InlineData("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>", "ab")]
    [InlineData("<p>a</p><SCRIPT type=\"text/javascript\">x('</div>')</SCRIPT ><p>b</p>", "ab")]
    [InlineData("<style>p { color: red }</style><p>a</p><!-- <p>note</p> --><p>b</p>", "ab")]
    [InlineData("<p>a<svg><g><svg><text>x</text></svg></g></svg>b</p>", "ab")]
    [InlineData("<p>a<svg viewBox=\"0 0 1 1\"/>b</p>", "ab")]
    [InlineData("<p>a<template><p>x</p></template>b</p>", "ab")]
    [InlineData("<p>a<!-->b<!--->c<?php echo 1 ?>d<![CDATA[x]]>e</p>", "abcde")]
    [InlineData("<p>2 < 3 and 4 </ 5</p>", "2 < 3 and 4 ")]
    [InlineData("<textarea><p>&amp;</p></textarea>", "<p>&</p>")]
    public void Scripts_styles_svg_templates_and_comments_leave_no_text(string html, string text) =>
        MarkupDocument.Parse(html).Body.TextContent.Should().Be(text);

    [Fact]
    public void Json_ld_keeps_its_text_for_metadata()
    {
        var script = MarkupDocument.Parse("<script type=\"application/ld+json\">{\"headline\":\"</p> & A\"}</script><p>a</p>").Elements("script").Single();

        script.TextContent.Should().Be("{\"headline\":\"</p> & A\"}");
    }

    [Theory]
    [InlineData("<p>a<svg><g>never closed", "anever closed")]
    [InlineData("<p>a</p><script>never closed", "a")]
    [InlineData("<p>a<span class=\"cut off", "a")]
    public void Unclosed_markup_at_the_end_loses_nothing_before_it(string html, string text) =>
        MarkupDocument.Parse(html).Body.TextContent.Should().Be(text);

    [Fact]
    public void A_page_nested_twenty_thousand_deep_parses_and_keeps_its_text()
    {
        var html = string.Concat(Enumerable.Repeat("<div>x", 20_000)) + string.Concat(Enumerable.Repeat("</div>", 20_000));

        var document = MarkupDocument.Parse(html);

        document.Body.TextContent.Length.Should().Be(20_000);
        var depth = 0;
        for (var node = document.Body; node.FirstChild is not null; node = node.Children.Last())
        {
            depth++;
        }

        depth.Should().BeLessThanOrEqualTo(MarkupTreeBuilder.MaxDepth);
        HtmlArticleExtractor.Extract(html).Paragraphs.Should().NotBeEmpty().And.AllBe("x");
    }

    /// <summary>
    /// The light parser against AngleSharp's full HTML5 parser on Mozilla Readability's 129 test pages: the words of
    /// the body, leaving out what the light parser does not keep (scripts, styles, SVG, templates; JSON-LD's text it keeps
    /// for metadata is left out too), must match.
    /// </summary>
    [SharedDataFact]
    public void Pages_read_the_same_words_as_a_full_html5_parser()
    {
        var folder = Path.Combine(RepositoryPaths.Shared!, "data", "readability-test-pages", "test-pages");
        var full = new HtmlParser();
        var (same, total) = (0L, 0L);
        foreach (var page in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var html = File.ReadAllText(Path.Combine(page, "source.html"));
            var reference = full.ParseDocument(html);
            foreach (var unread in reference.QuerySelectorAll("script, style, svg, template").ToList())
            {
                unread.Remove();
            }

            var expected = Word().Matches(reference.Body?.TextContent ?? "").Select(m => m.Value).CountBy(w => w).ToDictionary();
            var light = MarkupDocument.Parse(html);
            foreach (var script in light.Elements("script").ToList())
            {
                script.Remove();
            }

            var actual = Word().Matches(light.Body.TextContent).Select(m => m.Value).CountBy(w => w).ToDictionary();
            same += expected.Sum(e => Math.Min(e.Value, actual.GetValueOrDefault(e.Key)));
            total += Math.Max(expected.Values.Sum(), actual.Values.Sum());
        }

        output.WriteLine($"129 pages: {same:N0} of {total:N0} body words alike ({(double)same / total:P3})");
        ((double)same / total).Should().BeGreaterThanOrEqualTo(0.999);
    }
}
