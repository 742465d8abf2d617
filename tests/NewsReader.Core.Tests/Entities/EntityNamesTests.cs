namespace NewsReader.Entities;

public sealed class EntityNamesTests
{
    [Theory]
    [InlineData("U.S.", "us")]
    [InlineData("  Benjamin   Netanyahu ", "benjamin netanyahu")]
    [InlineData("Pezeshkián", "pezeshkian")]
    [InlineData("Washington, D.C.", "washington, dc")]
    [InlineData("Iran’s", "iran's")]
    public void Names_fold_case_accents_dots_and_spacing(string name, string normal)
    {
        EntityNames.Normalize(name).Should().Be(normal);
    }

    [Theory]
    [InlineData("maria santos", "maria elena santos", true)]
    [InlineData("crocus city hall", "crocus city music hall", true)]
    [InlineData("crocus city hall", "crocus music town hall", false)]
    [InlineData("maria santos", "maria santos", false)]
    [InlineData("maria santos", "mario elena santos", false)]
    [InlineData("santos", "maria santos", false)]
    public void A_longer_name_may_hold_a_shorter_one_with_words_between_the_same_ends(string shorter, string longer, bool holds) =>
        EntityNames.HasWordsBetween(shorter.Split(' '), longer.Split(' ')).Should().Be(holds);
}
