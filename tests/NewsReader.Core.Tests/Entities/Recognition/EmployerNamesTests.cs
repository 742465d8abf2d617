using NewsReader.Nlp.Tagging;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Whom a person works for, named before the person's title: through the whole recognizer on text written here (the
/// tagger leaves each of these employers unread, or reads the title into them).
/// </summary>
public sealed class EmployerNamesTests
{
    private static readonly Lazy<EntityTaggerModel> Model = new(EntityTaggerModel.LoadEmbedded);
    private static readonly Lazy<Gazetteer> Names = new(Gazetteer.LoadEmbedded);

    private static IReadOnlyList<RecognizedMention> Recognize(string text) => new TaggerEntityRecognizer(Model.Value, Names.Value).Recognize(text);

    [Theory]
    [InlineData("Boeing Chief Executive Dave Calhoun said the company would step up inspections.", "Boeing")]
    [InlineData("Nvidia Chief Executive Jensen Huang told analysts that demand remained strong.", "Nvidia")]
    [InlineData("The deal was welcomed on Monday by Korvath Chief Financial Officer Ines Halloran.", "Korvath")]
    public void Unread_capitalised_words_before_a_title_before_a_person_are_the_organisation_of_that_office(string text, string employer)
    {
        var mentions = Recognize(text);

        mentions.Should().ContainSingle(m => m.Text == employer).Which.Kind.Should().Be(EntityKind.Organization);
        mentions.Single(m => m.Kind == EntityKind.Person).Role!.Of.Should().Be(employer, "the person's role is of that organisation");
    }

    [Fact]
    public void Before_a_places_office_they_name_the_place() =>
        Recognize("The meeting was chaired by Hollis Mayor Jane Roe on Tuesday.")
            .Should().ContainSingle(m => m.Text == "Hollis").Which.Kind.Should().Be(EntityKind.Place);

    [Theory]
    [InlineData("Brawner Builders Executive Vice President Jeffrey Pritzker said the missing employees were on the bridge.", "Brawner Builders")]
    [InlineData("Officials at Quellar Systems Chief Technology Officer Dana Brook's office declined to comment.", "Quellar Systems")]
    public void A_title_the_tagger_read_into_an_organisations_name_is_the_persons_role(string text, string organisation)
    {
        var mentions = Recognize(text);

        mentions.Where(m => m.Kind == EntityKind.Organization).Select(m => m.Text).Should().Equal(organisation);
        mentions.Where(m => m.Kind == EntityKind.Person).Should().ContainSingle("no word of the role is a person");
    }

    [Theory]
    [InlineData("Local police chief John Doe said the road would reopen.")] // an everyday word opening the sentence
    [InlineData("Brigadier General Amir Hatami spoke to reporters.")] // ranks are titles
    [InlineData("The bill was praised by Republican Sen. Lindsey Graham.")] // read as MISC by the tagger
    [InlineData("A jury found him guilty, and U.S. District Judge Maryellen Noreika set no date.")] // the tagger reads "District" as an organisation
    public void Words_that_are_no_employers_name_none(string text) =>
        Recognize(text).Where(m => m.Kind is EntityKind.Organization or EntityKind.Place && m.Text != "U.S.").Should().BeEmpty();

    [Fact]
    public void An_everyday_word_opening_a_sentence_is_the_employer_the_article_also_writes_capitalised() =>
        Recognize("Target Chief Executive Brian Cornell said demand was steady. Shoppers at the Target outlets agreed.")
            .Should().Contain(m => m.Text == "Target" && m.Start == 0 && m.Kind == EntityKind.Organization);
}
