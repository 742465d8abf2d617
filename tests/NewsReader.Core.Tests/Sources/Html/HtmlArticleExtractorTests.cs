namespace NewsReader.Sources.Html;

public sealed class HtmlArticleExtractorTests
{
    private const string Page = """
        <html><head>
        <title>Quake shakes coast | The Daily Wire</title>
        <meta property="og:site_name" content="The Daily Wire">
        <meta property="article:published_time" content="2024-04-13T22:15:00+02:00">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Quake shakes the coast","author":{"@type":"Person","name":"Ana Ruiz"},"publisher":{"@type":"Organization","name":"Daily Wire"}}</script>
        </head><body>
        <nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>
        <div class="cookie-banner">We use cookies to improve your experience, please accept them all right now.</div>
        <article class="story-body">
          <h1>Quake shakes the coast</h1>
          <p>A magnitude 7.1 earthquake struck off the coast on Tuesday, officials said, and residents fled to higher ground.</p>
          <p>Tsunami sirens sounded along the shore, but no wave higher than 30 centimetres was recorded, the agency said.</p>
          <blockquote>We felt the whole building move, and then the lights went out, a resident said.</blockquote>
          <div class="share-tools"><a href="#">Share on social media</a> <a href="#">Email this story to a friend</a></div>
        </article>
        <aside class="related"><a href="/a">Another story about the weather in the north</a></aside>
        <footer>Copyright The Daily Wire, all rights reserved, since 1990.</footer>
        </body></html>
        """;

    [Fact]
    public void The_article_body_is_kept_and_the_page_clutter_left_out()
    {
        var article = HtmlArticleExtractor.Extract(Page);

        article.Paragraphs.Should().Contain(p => p.StartsWith("A magnitude 7.1 earthquake", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("We felt the whole building", StringComparison.Ordinal));
        article.Text.Should().NotContain("cookies").And.NotContain("Share on social").And.NotContain("Copyright").And.NotContain("Another story");
    }

    [Fact]
    public void Metadata_comes_from_json_ld_first_then_meta_tags()
    {
        var article = HtmlArticleExtractor.Extract(Page);

        article.Title.Should().Be("Quake shakes the coast");
        article.Byline.Should().Be("Ana Ruiz");
        article.SiteName.Should().Be("Daily Wire");
        article.Published.Should().Be(new DateTime(2024, 4, 13, 20, 15, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("Quake shakes the whole coast | The Daily Wire", "Quake shakes the whole coast")]
    [InlineData("Daily Wire - Quake shakes the whole coast", "Quake shakes the whole coast")]
    [InlineData("Quake shakes coast - Wire", "Quake shakes coast")]
    [InlineData("On recent events - Bradley M. Kuhn ( Brad ) ( bkuhn )", "On recent events - Bradley M. Kuhn ( Brad ) ( bkuhn )")]
    [InlineData("Google - Site Reliability Engineering", "Google - Site Reliability Engineering")]
    [InlineData("Home | Wire", "Home | Wire")]
    [InlineData("Evolve: Shared Mutable History — evolve extension for Mercurial", "Evolve: Shared Mutable History — evolve extension for Mercurial")]
    [InlineData("Lorem ipsum dolor sit amet – My website", "Lorem ipsum dolor sit amet")]
    [InlineData("Topic: Quake shakes the whole coast", "Quake shakes the whole coast")]
    [InlineData("Plain headline with\u3000no site", "Plain headline with\u3000no site")]
    [InlineData("News", "Quake shakes the whole coast")]
    public void The_document_title_loses_the_site_name(string title, string cleaned)
    {
        var page = Markup.MarkupDocument.Parse($"<html><head><title>{title}</title></head><body><h1>Quake shakes the whole coast</h1></body></html>");

        PageTitle.Clean(page).Should().Be(cleaned);
    }

    private const string Sentence = "The council approved the harbour plan on Tuesday after a long debate, officials said, and work starts soon.";

    private static string InArticle(string body) => $"<html><head><title>Harbour plan</title></head><body><article>{body}</article></body></html>";

    [Theory]
    [InlineData("<p>Filed from Miami, FL<br>June 10, 2024. " + Sentence + "</p>", "Filed from Miami, FL June 10, 2024.")]
    [InlineData("<p>" + Sentence + " First line here<br/>Second line here.</p>", "First line here Second line here.")]
    [InlineData("<p>" + Sentence + " <span>Ends here<br>Next begins.</span></p>", "Ends here Next begins.")]
    public void A_line_break_separates_the_words_on_either_side(string body, string expected)
    {
        var article = HtmlArticleExtractor.Extract(InArticle(body + $"<p>{Sentence}</p>"));

        article.Text.Should().Contain(expected);
    }

    [Fact]
    public void A_line_break_in_a_feed_items_html_separates_words_too() =>
        HtmlArticleExtractor.FragmentParagraphs("<p>Posted from Tampa, FL<br>June 10</p>").Should().Equal("Posted from Tampa, FL June 10");

    [Fact]
    public void A_paragraph_of_only_invisible_characters_is_no_paragraph()
    {
        var article = HtmlArticleExtractor.Extract(InArticle($"<p>{Sentence}</p><p>\u200B</p><p>\u200B\uFEFF \u2060</p><p>&#8203;</p><p>{Sentence}</p>"));

        article.Paragraphs.Should().Equal(Sentence, Sentence);
    }

    [Fact]
    public void A_caption_repeated_under_each_picture_is_kept_once()
    {
        const string credit = "Photo by the harbour authority";
        var figures = string.Concat(Enumerable.Range(1, 9).Select(i => $"<div class=\"wp-caption\"><img src=\"{i}.jpg\"><p class=\"wp-caption-text\">{credit}</p></div>"));
        var article = HtmlArticleExtractor.Extract(InArticle($"<p>{Sentence}</p>{figures}<figure><img src=\"x.jpg\"><figcaption>{credit}</figcaption></figure><p>{Sentence}</p>"));

        article.Paragraphs.Count(p => p == credit).Should().Be(1);
        article.Paragraphs.Count(p => p == Sentence).Should().Be(2, "repeated prose is not a caption");
    }

    [Fact]
    public void An_unknown_element_that_holds_paragraphs_is_a_block_and_its_paragraphs_stay_apart()
    {
        var article = HtmlArticleExtractor.Extract(InArticle($"<story-block><p>{Sentence}</p><p>Second paragraph, written apart from the first one.</p></story-block><block><p>{Sentence}</p></block>"));

        article.Paragraphs.Should().Equal(Sentence, "Second paragraph, written apart from the first one.", Sentence);
    }

    [Theory]
    [InlineData("""<p class="byline"><span class="by-author">by <a href="/a/carnold">Carrie Arnold</a></span><span class="bydate">15 Nov 2019</span><a class="bycount" href="#comments">651</a></p>""", "Carrie Arnold")]
    [InlineData("""<div class="byline">Carrie Arnold<span>November 15, 2019</span></div>""", "Carrie Arnold")]
    [InlineData("""<div class="byline">By Carrie Arnold <time datetime="2019-11-15">Nov. 15, 2019 at 3 pm</time></div>""", "Carrie Arnold")]
    [InlineData("""<div class="dateline"><em>Last Updated:</em> January 7, 2025</div>""", null)]
    public void A_byline_names_the_author_without_the_date_or_count_beside_the_name(string byline, string? expected)
    {
        var article = HtmlArticleExtractor.Extract(InArticle(byline + $"<p>{Sentence}</p><p>{Sentence}</p>"));

        article.Byline.Should().Be(expected);
    }

    [Theory]
    [InlineData("<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">The storm surge reached the pier at 4am, water everywhere on Main Street <a href=\"https://t.co/abc\">pic.twitter.com/abc</a></p>&mdash; Harbour Watch (@harbourwatch) <a href=\"https://twitter.com/harbourwatch/status/1\">June 10, 2024</a></blockquote><script async src=\"https://platform.twitter.com/widgets.js\"></script>")]
    [InlineData("<div class=\"embed-twitter\"><blockquote class=\"twitter-tweet\" data-lang=\"en\"><p>The storm surge reached the pier at 4am, water everywhere on Main Street <a href=\"https://t.co/abc\">https://t.co/abc</a></p>&mdash; Harbour Watch (@harbourwatch) <a href=\"https://twitter.com/harbourwatch/status/1\">June 10, 2024</a></blockquote></div>")]
    public void An_embedded_tweet_is_kept_as_a_quotation(string tweet)
    {
        var inline = HtmlArticleExtractor.Extract(InArticle($"<p>{Sentence}</p>{tweet}<p>{Sentence}</p>"));
        var between = HtmlArticleExtractor.Extract(InArticle(
            $"<div class=\"story-text\"><p>{Sentence}</p><p>{Sentence}</p></div><div class=\"embed\">{tweet}</div><div class=\"story-text\"><p>{Sentence}</p><p>{Sentence}</p></div>"));

        inline.Text.Should().Contain("The storm surge reached the pier at 4am, water everywhere on Main Street");
        between.Text.Should().Contain("The storm surge reached the pier at 4am, water everywhere on Main Street");
    }

    [Fact]
    public void An_appeal_to_the_reader_closing_the_article_is_left_out_but_the_same_words_in_the_story_stay()
    {
        var story = $"<p>{Sentence}</p><p>Residents said they would subscribe to the new ferry pass once it is offered, the council said.</p><p>{Sentence}</p>";
        var article = HtmlArticleExtractor.Extract(InArticle(story
            + "<p>Have a tip? Send it to our newsroom, and subscribe to our free newsletter.</p><p>Sign up to get the day's news in your inbox.</p>"));

        article.Paragraphs.Should().HaveCount(3);
        article.Text.Should().Contain("subscribe to the new ferry pass").And.NotContain("Have a tip").And.NotContain("newsletter");
    }

    [Fact]
    public void Loose_text_beside_images_and_empty_boxes_is_the_article_when_no_paragraph_holds_it()
    {
        var loose = string.Join("<div class=\"spacer\"></div>", Enumerable.Range(1, 5).Select(i =>
            $"Run {i}: the council approved the harbour plan on Tuesday after a long debate, officials said, and the work, which was delayed twice, starts soon."));
        var page = $"""
            <html><head><title>Harbour plan</title></head><body>
            <div class="top"><p>Sign in to read more from our site, and find the latest news, weather and sport here today.</p></div>
            <div class="article-body"><img src="a.jpg"><div class="caption"></div>{loose}</div>
            <div class="bottom"><p>Copyright 2024 Harbour Daily, all rights reserved, including the right to reproduce it.</p></div>
            </body></html>
            """;

        var article = HtmlArticleExtractor.Extract(page);

        article.Paragraphs.Should().HaveCount(5).And.OnlyContain(p => p.StartsWith("Run ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_in_sections_of_one_kind_with_figures_between_is_read_whole_but_teasers_of_that_kind_are_not()
    {
        static string Section(int n) => $"<section class=\"outer\"><div class=\"column\"><div class=\"post__content\">{string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Section {n}, paragraph {i}: the council approved the harbour plan after a long debate, officials said, and work starts soon.</p>"))}</div></div></section>";
        static string Teaser(int n) => $"<div class=\"post__content\"><p>Teaser {n}: the ferry timetable changes next week, see the new times.</p></div>";
        var page = $"""
            <html><head><title>Harbour plan</title></head><body><main>
            {Section(1)}<figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure>{Section(2)}
            <div class="ad-slot">Advertisement</div>{Section(3)}
            <div class="more">{Teaser(1)}{Teaser(2)}{Teaser(3)}</div>
            </main></body></html>
            """;

        var article = HtmlArticleExtractor.Extract(page);

        article.Paragraphs.Where(p => p.StartsWith("Section", StringComparison.Ordinal)).Should().HaveCount(15);
        article.Text.Should().NotContain("Teaser");
    }

    [Fact]
    public void A_column_of_teaser_boxes_beside_the_story_is_left_out()
    {
        var story = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>Paragraph {i}: the council approved the harbour plan on Tuesday after a long debate, officials said, and work, delayed twice, starts soon.</p>"));
        var teasers = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<article class=\"post\"><h3><a href=\"/story-{i}\">Another story {i}</a></h3><p>Teaser {i}: the ferry timetable changes next week, with new times for the evening boats.</p></article>"));
        var page = $"<html><head><title>Harbour plan</title></head><body><div class=\"posts\"><article class=\"post\"><h1>Harbour plan</h1>{story}</article>{teasers}</div></body></html>";

        var article = HtmlArticleExtractor.Extract(page);

        article.Paragraphs.Where(p => p.StartsWith("Paragraph", StringComparison.Ordinal)).Should().HaveCount(6);
        article.Text.Should().NotContain("Teaser").And.NotContain("Another story");
    }

    [Fact]
    public void A_galleries_controls_are_left_out_of_a_pages_text()
    {
        var article = HtmlArticleExtractor.Extract(InArticle(
            $"<p>{Sentence}</p><div class=\"gallery\"><div>Image 1 of 8</div><div>Close</div><div>Full Screen</div><img src=\"a.jpg\"></div><p>{Sentence}</p>"));

        article.Paragraphs.Should().Equal(Sentence, Sentence);
    }
}

