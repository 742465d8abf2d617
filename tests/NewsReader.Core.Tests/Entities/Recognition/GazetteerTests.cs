namespace NewsReader.Entities.Recognition;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Names = Gazetteer.LoadEmbedded();

    [Theory]
    [InlineData("U.S.", "United States")]
    [InlineData("America", "United States")]
    [InlineData("AMERICA", "United States")]
    [InlineData("Britain", "United Kingdom")]
    [InlineData("Golan", "Golan Heights")]
    [InlineData("Iranian Revolutionary Guards Corps", "Islamic Revolutionary Guard Corps")]
    [InlineData("BBC News", "BBC")]
    [InlineData("New York Times", "The New York Times")]
    public void Aliases_take_one_canonical_name(string surface, string canonical)
    {
        Names.Find(surface)!.CanonicalName.Should().Be(canonical);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("UN")]
    public void Short_capitals_are_looked_up_as_written(string acronym)
    {
        Names.Find(acronym.ToLowerInvariant()).Should().BeNull();
        Names.Find(acronym).Should().NotBeNull();
    }
}
