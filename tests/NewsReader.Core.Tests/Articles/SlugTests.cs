namespace NewsReader.Articles;

public sealed class SlugTests
{
    [Theory]
    [InlineData("White House Holds Talks with Israel", "white-house-holds-talks-with-israel")]
    [InlineData("Gaza War Day-169: Israel's Offensive", "gaza-war-day-169-israels-offensive")]
    [InlineData("Pezeshkián’s “win”", "pezeshkians-win")]
    [InlineData("  ", "")]
    public void Titles_become_readable_url_tails(string title, string slug)
    {
        Slug.From(title).Should().Be(slug);
    }
}
