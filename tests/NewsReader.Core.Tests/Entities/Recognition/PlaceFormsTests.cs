using NewsReader.Nlp.Tagging;

namespace NewsReader.Entities.Recognition;

/// <summary>Places in the forms American news writes them, through the whole recognizer, in text written here.</summary>
public sealed class PlaceFormsTests
{
    private static readonly Lazy<TaggerEntityRecognizer> Recognizer =
        new(() => new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded()));

    [Theory]
    [InlineData("Volunteers gathered at a school in Hollis, Maine, on Sunday to sort donations.", "Hollis", "Maine", "Maine")]
    [InlineData("The rally in Fuller, Pennsylvania, ended early when the rain came.", "Fuller", "Pennsylvania", "Pennsylvania")]
    [InlineData("Crews worked through the night in Elkton, Md., after the levee broke.", "Elkton", "Md.", "Maryland")]
    [InlineData("The river crested on Monday in Cairo, Ill. (Photo by a reader)", "Cairo", "Ill.", "Illinois")]
    [InlineData("Supporters waited for hours outside the arena in Albany, N.Y., for a glimpse of the governor.", "Albany", "N.Y.", "New York")]
    public void A_town_before_its_state_is_a_place_and_so_is_the_state(string text, string town, string state, string stateName)
    {
        var mentions = Recognizer.Value.Recognize(text);

        mentions.Should().Contain(m => m.Text == town && m.Kind == EntityKind.Place);
        mentions.Should().Contain(m => m.Text == state && m.Kind == EntityKind.Place && m.CanonicalName == stateName);
    }

    [Fact]
    public void The_state_after_an_abbreviated_town_is_a_place_and_the_town_is_not_cut_to_its_last_word()
    {
        var mentions = Recognizer.Value.Recognize("Volunteers filled sandbags in Ste. Marie, Mo., on Friday.");

        mentions.Should().Contain(m => m.Text == "Mo." && m.Kind == EntityKind.Place && m.CanonicalName == "Missouri")
            .And.NotContain(m => m.Text == "Marie");
    }

    [Fact]
    public void A_surname_town_read_once_as_a_place_is_that_place_everywhere_in_the_article()
    {
        var mentions = Recognizer.Value.Recognize(
            "Thousands came to the fair in Fuller, Pennsylvania, on Saturday. Police in Fuller said the roads were closed.");

        mentions.Where(m => m.Text == "Fuller").Should().HaveCount(2).And.OnlyContain(m => m.Kind == EntityKind.Place);
    }

    [Theory]
    [InlineData("The bill passed after Sen. Laura Keane (D-Colo.) spoke for an hour.", "Colo.", "Colorado")]
    [InlineData("Rep. Tom Baird (R-NY) voted against the measure on Friday.", "NY", "New York")]
    public void The_state_in_a_party_label_is_a_place(string text, string state, string stateName) =>
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Text == state && m.Kind == EntityKind.Place && m.CanonicalName == stateName);

    [Theory]
    [InlineData("Traffic was diverted after a ship struck the Jane Addams Bridge at dawn.", "Jane Addams Bridge", "Jane Addams Bridge")]
    [InlineData("Rescuers reached the far end of the Kowloon tunnel by noon.", "Kowloon tunnel", "Kowloon Tunnel")]
    public void A_name_with_a_facility_head_is_a_place(string text, string surface, string canonical) =>
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Text == surface && m.Kind == EntityKind.Place && m.CanonicalName == canonical);

    [Theory]
    [InlineData("\"We are done here,\" said Jane Roe, MD, who runs the clinic.", "Jane Roe")]
    [InlineData("Witnesses saw Tom Baird crossing the road before the crash.", "Tom Baird")]
    public void People_stay_people(string text, string person) =>
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Text == person && m.Kind == EntityKind.Person)
            .And.NotContain(m => m.Kind == EntityKind.Place && person.Contains(m.Text, StringComparison.Ordinal));

    [Theory]
    [InlineData("Students at Lisbon Central High School walked out on Friday, teachers said.", "Lisbon Central High School")]
    [InlineData("The quake was recorded by the Ohio Geological Survey before dawn, officials said.", "Ohio Geological Survey")]
    [InlineData("A judge at the Lisbon Supreme Court ruled on Friday.", "Lisbon Supreme Court")]
    [InlineData("A judge at the Tverskoy district court ordered the men held for two months.", "Tverskoy district court")]
    [InlineData("Members of the Harwick city council voted on Monday.", "Harwick city council")]
    public void A_place_followed_by_an_institutions_name_is_that_institution(string text, string institution) =>
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Text == institution && m.Kind == EntityKind.Organization);

    [Fact]
    public void Capitalised_words_ending_in_a_facility_the_tagger_missed_are_a_place() =>
        Recognizer.Value.Recognize("Gunmen opened fire at the Crocus City Music Hall in Krasnogorsk on Friday.")
            .Should().Contain(m => m.Text == "Crocus City Music Hall" && m.Kind == EntityKind.Place);

    [Fact]
    public void A_place_before_a_lone_lower_case_institution_stays_a_place() =>
        Recognizer.Value.Recognize("The Moscow court ordered him held on Friday.")
            .Should().Contain(m => m.Text == "Moscow" && m.Kind == EntityKind.Place)
            .And.NotContain(m => m.Kind == EntityKind.Organization);
}
