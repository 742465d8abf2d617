using NewsReader.Articles;
using NewsReader.Entities;

namespace NewsReader.Text;

public sealed class FoldingTests
{
    [Theory]
    [InlineData("Élysée", "elysee")]
    [InlineData("Łódź", "łodz")]
    [InlineData("MÜNCHEN", "munchen")]
    [InlineData("plain words", "plain words")]
    public void Case_and_accents_are_folded(string text, string folded) => Folding.Fold(text).Should().Be(folded);

    [Fact]
    public void Names_slugs_and_snippets_fold_a_word_alike()
    {
        EntityNames.Normalize("Président  Macron").Should().Be("president macron");
        Slug.From("Président Macron").Should().Be("president-macron");
    }
}
