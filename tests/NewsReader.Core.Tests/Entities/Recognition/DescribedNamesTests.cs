using NewsReader.Nlp.Tagging;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Names the tagger reads as MISC, typed by the noun that describes them: through the whole recognizer on text written
/// here (the tagger reads each of these names as MISC), and the rule alone on spans given to it.
/// </summary>
public sealed class DescribedNamesTests
{
    private static readonly Lazy<EntityTaggerModel> Model = new(EntityTaggerModel.LoadEmbedded);
    private static readonly Lazy<Gazetteer> Names = new(Gazetteer.LoadEmbedded);

    [Theory]
    [InlineData("The charity World Hope Pantry said on Monday that its staff had left.", "World Hope Pantry", EntityKind.Organization)]
    [InlineData("Shells fell in the Qarvaneh neighborhood of the capital on Tuesday.", "Qarvaneh", EntityKind.Place)]
    [InlineData("The fire spread through the Vetlanov region overnight.", "Vetlanov", EntityKind.Place)]
    [InlineData("Fans of the National Pickleball Tour's Denver Dinks cheered.", "National Pickleball Tour", EntityKind.Organization)] // owns a team
    public void A_name_the_tagger_reads_as_misc_takes_the_kind_its_describing_noun_gives(string text, string name, EntityKind kind)
    {
        var mentions = new TaggerEntityRecognizer(Model.Value, Names.Value).Recognize(text);

        mentions.Should().ContainSingle(m => m.Text == name).Which.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("The concert by the folk band Tumbleweed was cancelled on Friday.", "Tumbleweed")]
    [InlineData("Fans waited for the rock group Lantern Choir Twelve to play.", "Lantern Choir Twelve")]
    public void Capitalised_words_the_tagger_left_unread_after_a_word_for_a_group_name_that_group(string text, string name) =>
        new TaggerEntityRecognizer(Model.Value, Names.Value).Recognize(text)
            .Should().ContainSingle(m => m.Text == name).Which.Kind.Should().Be(EntityKind.Organization);

    [Fact]
    public void The_word_for_a_group_after_a_known_name_is_not_part_of_it() =>
        new TaggerEntityRecognizer(Model.Value, Names.Value).Recognize("The Islamic State group claimed responsibility for the attack.")
            .Should().ContainSingle(m => m.Kind == EntityKind.Organization).Which.Text.Should().Be("Islamic State");

    [Theory]
    [InlineData("The board met the team Sunday to discuss the season.")]
    [InlineData("He spoke to the committee Chairman about the plan.")]
    public void Days_months_and_titles_after_a_word_for_a_group_name_nothing(string text) =>
        new TaggerEntityRecognizer(Model.Value, Names.Value).Recognize(text).Should().BeEmpty();

    [Fact]
    public void A_name_the_tagger_reads_as_an_organisation_that_a_word_for_a_person_describes_is_a_person_throughout()
    {
        var mentions = new TaggerEntityRecognizer(Model.Value, Names.Value).Recognize(
            "The novelist Breezy Whitfield spoke on Monday. Lawyers for Breezy Whitfield said the talk went well.");

        mentions.Where(m => m.Text == "Breezy Whitfield").Should().HaveCount(2).And.OnlyContain(m => m.Kind == EntityKind.Person);
    }

    [Theory]
    [InlineData("Shares of the firm Harwick Industries rose.", "Harwick Industries")]
    [InlineData("Investors in Harwick Industries waited.", "Harwick Industries")]
    public void A_name_without_a_word_for_a_person_before_it_keeps_the_taggers_kind(string text, string name)
    {
        var tokens = Tokenizer.Tokenize(text);
        var at = tokens.FindIndex(t => t.Text == "Harwick");
        var pieces = new List<NamePiece> { NamePiece.Over(tokens, at, at + 2, name, EntityKind.Organization, name) };

        DescribedNames.ApplyToPeople(tokens, pieces, Names.Value, w => Model.Value.WordClasses.ClassNameOf(w));

        pieces.Should().ContainSingle().Which.Kind.Should().Be(EntityKind.Organization);
    }

    [Theory]
    [InlineData("The Iranians fired drones, which were taken down by the Iron Dome or by jets.")]
    [InlineData("Leave a Reply")]
    public void Misc_names_without_a_describing_noun_and_nationalities_stay_unread(string text)
    {
        var mentions = new TaggerEntityRecognizer(Model.Value, Names.Value).Recognize(text);

        // A name of several words is offered only as the entity the store may already know by it (EntityLinker.KeepKnownAsync).
        mentions.Should().NotContain(m => !m.OnlyIfKnown && (m.Text == "Iron Dome" || m.Text == "Reply" || m.Text == "Iranians"));
        mentions.Should().NotContain(m => m.Text == "Reply" || m.Text == "Iranians");
    }

    [Theory]
    [InlineData("Crowds gathered in Harwick Township on Sunday.", "Harwick Township", EntityKind.Place)]
    [InlineData("Pupils toured the Lakeside Science Center on Friday.", "Lakeside Science Center", EntityKind.Place)]
    [InlineData("The plane came down in the province of East Vardani on Sunday.", "East Vardani", EntityKind.Place)]
    [InlineData("Staff of the relief organization Open Hearth Bakery left.", "Open Hearth Bakery", EntityKind.Organization)]
    public void The_rule_reads_the_kind_from_the_name_or_the_noun_beside_it(string text, string name, EntityKind kind)
    {
        var (tokens, pieces) = Apply(text, name);

        pieces.Should().ContainSingle().Which.Should().Match<NamePiece>(p => p.Surface == name && p.Kind == kind && p.CanonicalName == name);
        tokens.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("Shells fell on Qarvaneh or nearby on Tuesday.", "Qarvaneh")]
    [InlineData("A rally in Democratic districts drew crowds.", "Democratic")]
    [InlineData("Fighters backed the Iranian-backed group.", "Iranian-backed")]
    [InlineData("The Israeli neighborhood was quiet.", "Israeli")]
    [InlineData("Leave a Reply area here.", "Reply")]
    [InlineData("Staff said Qarvaneh left the talks.", "Qarvaneh")]
    public void Nothing_is_read_without_a_describing_noun_nor_for_nationalities_and_everyday_words(string text, string name)
    {
        Apply(text, name).Pieces.Should().BeEmpty();
    }

    [Fact]
    public void A_name_described_once_is_read_the_same_wherever_the_article_gives_it_as_misc()
    {
        const string text = "Shells fell in the Qarvaneh neighborhood on Tuesday. Residents said Qarvaneh was quiet.";

        var (_, pieces) = Apply(text, "Qarvaneh");

        pieces.Should().HaveCount(2).And.OnlyContain(p => p.Surface == "Qarvaneh" && p.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_span_another_name_already_covers_is_left_to_that_name()
    {
        const string text = "Shells fell in the Qarvaneh neighborhood on Tuesday.";
        var tokens = Tokenizer.Tokenize(text);
        var at = tokens.FindIndex(t => t.Text == "Qarvaneh");
        var pieces = new List<NamePiece> { NamePiece.Over(tokens, at, at + 1, "Qarvaneh", EntityKind.Person, "Qarvaneh") };

        DescribedNames.Apply(text, tokens, [(at, at + 1)], pieces, Names.Value, w => Model.Value.WordClasses.ClassNameOf(w));

        pieces.Should().ContainSingle().Which.Kind.Should().Be(EntityKind.Person);
    }

    /// <summary>The rule over every occurrence of <paramref name="name"/> in the text, given as a MISC span.</summary>
    private static (List<Token> Tokens, List<NamePiece> Pieces) Apply(string text, string name)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = name.Split(' ');
        var spans = Enumerable.Range(0, tokens.Count - words.Length + 1)
            .Where(i => words.Select((w, j) => tokens[i + j].Text == w).All(same => same))
            .Select(i => (i, i + words.Length))
            .ToList();
        var pieces = new List<NamePiece>();
        DescribedNames.Apply(text, tokens, spans, pieces, Names.Value, w => Model.Value.WordClasses.ClassNameOf(w));
        return (tokens, pieces);
    }
}
