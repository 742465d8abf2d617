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
    [InlineData("Washington DC", "Washington, D.C.")]
    [InlineData("D.C.", "Washington, D.C.")]
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

    [Theory]
    [InlineData("China", "China")]
    [InlineData("Japan", "Japan")]
    [InlineData("Brazil", "Brazil")]
    [InlineData("Chad", "Chad")]
    [InlineData("Turkey", "Turkey")]
    [InlineData("Türkiye", "Turkey")]
    [InlineData("Democratic Republic of the Congo", "Democratic Republic of the Congo")]
    [InlineData("Democratic Republic of Congo", "Democratic Republic of the Congo")]
    [InlineData("Republic of the Congo", "Congo")]
    [InlineData("Ivory Coast", "Côte d'Ivoire")]
    public void Countries_are_places_even_when_their_names_are_everyday_words(string surface, string canonical)
    {
        var known = Names.Find(surface);

        known!.Kind.Should().Be(EntityKind.Place);
        known.CanonicalName.Should().Be(canonical);
    }
}
