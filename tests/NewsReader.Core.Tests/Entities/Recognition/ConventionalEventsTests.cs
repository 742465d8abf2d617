using NewsReader.Nlp.Tagging;

namespace NewsReader.Entities.Recognition;

/// <summary>Events named by convention, through the whole recognizer, in text written here.</summary>
public sealed class ConventionalEventsTests
{
    private static readonly Lazy<TaggerEntityRecognizer> Recognizer =
        new(() => new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded()));

    [Theory]
    [InlineData("Ferries stayed in port as Hurricane Melissa neared the coast on Monday.", "Hurricane Melissa", "Hurricane Melissa")]
    [InlineData("A magnitude 6.2 earthquake shook the valley before dawn, officials said.", "magnitude 6.2 earthquake", "magnitude 6.2 earthquake")]
    [InlineData("The 6.2-magnitude quake damaged two bridges, officials said.", "6.2-magnitude quake", "magnitude 6.2 earthquake")]
    [InlineData("It recalled the 1980 magnitude 6.9 temblor that levelled the town.", "1980 magnitude 6.9 temblor", "1980 magnitude 6.9 earthquake")]
    [InlineData("Crowds gathered to watch the total solar eclipse over the lake on Saturday.", "total solar eclipse", "solar eclipse")]
    [InlineData("Jury selection began in State of Oregon v. Mark Ellison on Tuesday.", "State of Oregon v. Mark Ellison", "State of Oregon v. Mark Ellison")]
    [InlineData("Jurors returned to The People of the State of Ohio v. Mark J. Ellison.", "People of the State of Ohio v. Mark J. Ellison", "People of the State of Ohio v. Mark J. Ellison")]
    [InlineData("The judge in State of Ohio vs. Mark Ellison. He adjourned.", "State of Ohio vs. Mark Ellison", "State of Ohio v. Mark Ellison")]
    [InlineData("Spain won the 2010 World Cup in Johannesburg.", "2010 World Cup", "2010 World Cup")]
    [InlineData("She won gold at the Tokyo 2020 Olympic Games on Sunday.", "Tokyo 2020 Olympic Games", "2020 Olympics")]
    [InlineData("He skied at the 2022 Winter Olympics before retiring.", "2022 Winter Olympics", "2022 Winter Olympics")]
    [InlineData("The Celtics beat the Mavericks in Game 5 of the NBA Finals on Monday.", "NBA Finals", "NBA Finals")]
    [InlineData("The Chiefs won Super Bowl LVIII in Las Vegas.", "Super Bowl LVIII", "Super Bowl LVIII")]
    public void Events_named_by_convention_are_found_with_a_name_outlets_share(string text, string surface, string canonical) =>
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Kind == EntityKind.Event && m.Text == surface && m.CanonicalName == canonical);

    [Theory]
    [InlineData("The storm damaged roofs along the coast on Monday.")]
    [InlineData("The quake damaged two bridges, officials said.")]
    [InlineData("Glasses for watching an eclipse sold out in the town.")]
    public void Generic_mentions_of_a_happening_are_not_named_events(string text) =>
        Recognizer.Value.Recognize(text).Should().NotContain(m => m.Kind == EntityKind.Event);

    [Fact]
    public void A_storms_name_is_no_persons_and_its_category_no_organisation()
    {
        var mentions = Recognizer.Value.Recognize("Hurricane Milton made landfall near Sarasota on Wednesday night as a Category 3 storm, forecasters said.");

        mentions.Should().Contain(m => m.Kind == EntityKind.Event && m.Text == "Hurricane Milton");
        mentions.Should().NotContain(m => m.Kind == EntityKind.Person, "the storm's name is not a person's");
        mentions.Should().NotContain(m => m.Text == "Category");
    }

    [Fact]
    public void A_storm_title_inside_an_organisations_name_names_no_storm() =>
        Recognizer.Value.Recognize("The storm strengthened overnight, the National Hurricane Center said on Tuesday.")
            .Should().NotContain(m => m.Kind == EntityKind.Event).And.Contain(m => m.Text == "National Hurricane Center" && m.Kind == EntityKind.Organization);

    [Fact]
    public void An_editions_host_city_is_part_of_its_name_not_an_organisation() =>
        Recognizer.Value.Recognize("The Paris 2024 Olympics opened on Friday with a ceremony on the river.")
            .Should().ContainSingle(m => m.Text.Contains("Paris", StringComparison.Ordinal)).Which.Kind.Should().Be(EntityKind.Event);
}
