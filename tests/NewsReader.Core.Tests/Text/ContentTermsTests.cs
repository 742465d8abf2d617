namespace NewsReader.Text;

public sealed class ContentTermsTests
{
    [Fact]
    public void Content_words_are_counted_without_function_words_and_plural_s()
    {
        var terms = ContentTerms.Count("The drones and a drone were launched at Israel; drones again.");

        terms.Should().Contain("drone", 3).And.Contain("israel", 1).And.Contain("launched", 1);
        terms.Keys.Should().NotContain(["the", "and", "were", "a", "at"]);
    }

    [Fact]
    public void Stored_terms_read_back_the_same()
    {
        var top = ContentTerms.Top(ContentTerms.Count("Rafah offensive: the offensive in Rafah, Gaza."));

        ContentTerms.Parse(ContentTerms.Format(top)).Should().Equal(top);
    }
}
