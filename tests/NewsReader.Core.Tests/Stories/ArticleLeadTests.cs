namespace NewsReader.Stories;

public sealed class ArticleLeadTests
{
    private const string Text =
        "Firefighters in Porto fought a blaze aboard a ferry overnight. The crew left the vessel in lifeboats. "
        + "Tourism in the region has grown for a decade.";

    [Fact]
    public void The_lead_is_the_headline_and_the_first_two_sentences()
    {
        var terms = ArticleLead.TermsOf("Ferry burns in harbour", Text);

        terms.Keys.Should().Contain(["ferry", "harbour", "blaze", "lifeboat"]).And.NotContain(["tourism", "decade"]);
        terms["ferry"].Should().Be(2, "the headline and the first sentence both name it");
    }

    [Fact]
    public void Without_a_headline_the_lead_is_the_first_two_sentences() =>
        ArticleLead.TermsOf(null, Text).Keys.Should().Contain("blaze").And.NotContain(["harbour", "tourism"]);

    [Fact]
    public void A_text_of_one_sentence_is_all_lead() =>
        ArticleLead.TermsOf(null, "Firefighters fought a blaze aboard a ferry").Keys.Should().Contain("ferry");
}
