using NewsReader.Articles;
using NewsReader.TestSupport;

namespace NewsReader.Entities.Recognition;

public sealed class RuleBasedEntityRecognizerTests
{
    private const string Seed000 = "000_74888a945cd2ecf2.txt";
    private const string Seed004 = "004_d7be26c49e3a6d0f.txt";

    private static readonly RuleBasedEntityRecognizer Recognizer = new(Gazetteer.LoadEmbedded());

    /// <summary>
    /// Every person, place and organisation of ../shared/seeds/expected.json: a surface form as written, its kind,
    /// and its canonical name. "Senate" stays "Senate": naming it "Senate of Italy" needs the context that entity
    /// linking (issue 4) brings.
    /// </summary>
    public static TheoryData<string, string, EntityKind, string> SeedEntities => new()
    {
        { Seed000, "Jake Sullivan", EntityKind.Person, "Jake Sullivan" },
        { Seed000, "Sullivan", EntityKind.Person, "Jake Sullivan" },
        { Seed000, "Yoav Gallant", EntityKind.Person, "Yoav Gallant" },
        { Seed000, "Benjamin Netanyahu", EntityKind.Person, "Benjamin Netanyahu" },
        { Seed000, "Netanyahu", EntityKind.Person, "Benjamin Netanyahu" },
        { Seed000, "Joe Biden", EntityKind.Person, "Joe Biden" },
        { Seed000, "Biden", EntityKind.Person, "Joe Biden" },
        { Seed000, "Karine Jean-Pierre", EntityKind.Person, "Karine Jean-Pierre" },
        { Seed000, "Washington", EntityKind.Place, "Washington, D.C." },
        { Seed000, "Rafah", EntityKind.Place, "Rafah" },
        { Seed000, "Gaza", EntityKind.Place, "Gaza Strip" },
        { Seed000, "Israel", EntityKind.Place, "Israel" },
        { Seed000, "U.S.", EntityKind.Place, "United States" },
        { Seed000, "Raleigh", EntityKind.Place, "Raleigh" },
        { Seed000, "North Carolina", EntityKind.Place, "North Carolina" },
        { Seed000, "White House", EntityKind.Organization, "White House" },
        { Seed000, "Hamas", EntityKind.Organization, "Hamas" },
        { Seed000, "UN", EntityKind.Organization, "United Nations" },
        { Seed004, "Benjamin Netanyahu", EntityKind.Person, "Benjamin Netanyahu" },
        { Seed004, "Netanyahu", EntityKind.Person, "Benjamin Netanyahu" },
        { Seed004, "Joe Biden", EntityKind.Person, "Joe Biden" },
        { Seed004, "Karine Jean-Pierre", EntityKind.Person, "Karine Jean-Pierre" },
        { Seed004, "Jean-Pierre", EntityKind.Person, "Karine Jean-Pierre" },
        { Seed004, "Giorgia Meloni", EntityKind.Person, "Giorgia Meloni" },
        { Seed004, "Meloni", EntityKind.Person, "Giorgia Meloni" },
        { Seed004, "Rafah", EntityKind.Place, "Rafah" },
        { Seed004, "Gaza", EntityKind.Place, "Gaza Strip" },
        { Seed004, "Washington", EntityKind.Place, "Washington, D.C." },
        { Seed004, "US", EntityKind.Place, "United States" },
        { Seed004, "Israel", EntityKind.Place, "Israel" },
        { Seed004, "Cyprus", EntityKind.Place, "Cyprus" },
        { Seed004, "White House", EntityKind.Organization, "White House" },
        { Seed004, "Hamas", EntityKind.Organization, "Hamas" },
        { Seed004, "Senate", EntityKind.Organization, "Senate" },
    };

    [Theory]
    [MemberData(nameof(SeedEntities))]
    public void Seed_entity_is_found_with_its_kind_and_canonical_name(string seed, string surface, EntityKind kind, string canonical)
    {
        var mentions = RecognizeSeed(seed);

        mentions.Should().Contain(m => m.Text == surface && m.Kind == kind && m.CanonicalName == canonical);
    }

    [Theory]
    [InlineData(Seed000)]
    [InlineData(Seed004)]
    public void Mentions_are_exact_ordered_and_disjoint_spans_of_the_text(string seed)
    {
        var text = PlainTextArticleParser.Parse(File.ReadAllText(RepositoryPaths.Seed(seed))).Article!.Text;

        var mentions = Recognizer.Recognize(text);

        mentions.Should().NotBeEmpty();
        mentions.Should().OnlyContain(m => text.Substring(m.Start, m.End - m.Start) == m.Text);
        mentions.Zip(mentions.Skip(1)).Should().OnlyContain(pair => pair.First.End <= pair.Second.Start);
    }

    [Theory]
    [InlineData(Seed000)]
    [InlineData(Seed004)]
    public void Seed_yields_no_entity_outside_the_expected_ones(string seed)
    {
        var expected = SeedEntities.Where(row => (string)row[0] == seed).Select(row => (string)row[3]).ToHashSet();

        RecognizeSeed(seed).Select(m => m.CanonicalName).Distinct().Should().BeSubsetOf(expected);
    }

    [Fact]
    public void Two_people_sharing_a_surname_leave_the_bare_surname_unresolved()
    {
        const string text = "Adviser Jake Sullivan met Senator Dan Sullivan on Monday. Sullivan said little.";

        var mentions = Recognizer.Recognize(text);

        mentions.Select(m => m.CanonicalName).Should().Equal("Jake Sullivan", "Dan Sullivan");
    }

    [Fact]
    public void Cue_words_name_organisations_and_places_the_gazetteer_lacks()
    {
        const string text = "Officers of the Polar Wolf Penal Corps reached Qalandia Square by noon.";

        var mentions = Recognizer.Recognize(text);

        mentions.Select(m => (m.Text, m.Kind)).Should().Equal(
            ("Polar Wolf Penal Corps", EntityKind.Organization),
            ("Qalandia Square", EntityKind.Place));
    }

    private static IReadOnlyList<RecognizedMention> RecognizeSeed(string seed) =>
        Recognizer.Recognize(PlainTextArticleParser.Parse(File.ReadAllText(RepositoryPaths.Seed(seed))).Article!.Text);
}
