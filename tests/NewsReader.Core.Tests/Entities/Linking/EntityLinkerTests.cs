using Microsoft.EntityFrameworkCore;
using NewsReader.Sources;
using NewsReader.TestSupport;

namespace NewsReader.Entities.Linking;

/// <summary>Linking across articles, through ingestion into a real store: each rule, and the guards that keep two things two.</summary>
public sealed class EntityLinkerTests
{
    private static ParsedArticle Article(string title, params string[] paragraphs) => new(title, "Test Wire", null, paragraphs, []);

    private static async Task<List<(string Text, string Entity, EntityKind Kind)>> MentionsAsync(TestDatabase database, string title)
    {
        await using var db = database.CreateDbContext();
        return (await db.Mentions.Where(m => m.Article!.Title == title).Select(m => new { m.Text, m.Entity!.Name, m.Entity.Kind }).ToListAsync())
            .Select(m => (m.Text, m.Name, m.Kind)).ToList();
    }

    private static async Task IngestAsync(TestDatabase database, params ParsedArticle[] articles)
    {
        foreach (var article in articles)
        {
            (await database.Ingestor().IngestAsync(article, article.Title, CancellationToken.None)).Status.Should().Be(Ingestion.IngestStatus.Added);
        }
    }

    [Fact]
    public async Task A_name_the_tagger_read_as_misc_is_a_mention_of_the_entity_the_store_knows_by_that_name()
    {
        // The tagger reads "World Harvest Kitchen" as MISC in both; the charity's describing word makes it an organisation in the first.
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Convoy hit", "The charity World Harvest Kitchen said its convoy was hit near the border."),
            Article("Workers killed", "Seven aid workers with World Harvest Kitchen were killed in the strike on Monday."));

        (await MentionsAsync(database, "Workers killed")).Should().Contain(("World Harvest Kitchen", "World Harvest Kitchen", EntityKind.Organization));
    }

    [Fact]
    public async Task A_name_the_tagger_read_as_misc_that_the_store_does_not_know_is_no_mention()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database, Article("Workers killed", "Seven aid workers with World Harvest Kitchen were killed in the strike on Monday."));

        (await MentionsAsync(database, "Workers killed")).Should().NotContain(m => m.Text == "World Harvest Kitchen");
    }

    [Fact]
    public async Task A_bare_surname_joins_the_one_known_person_of_that_name()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Summit ends", "President Joe Biden met European leaders in Brussels on Tuesday."),
            Article("Aid vote", "Congress passed the aid package on Thursday, and Biden signed it hours later."));

        (await MentionsAsync(database, "Aid vote")).Should().Contain(("Biden", "Joe Biden", EntityKind.Person));
    }

    [Fact]
    public async Task A_bare_surname_seen_first_is_folded_into_the_full_name_when_it_arrives()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Aid vote", "Congress passed the aid package on Thursday, and Biden signed it hours later."),
            Article("Summit ends", "President Joe Biden met European leaders in Brussels on Tuesday."));

        (await MentionsAsync(database, "Aid vote")).Should().Contain(("Biden", "Joe Biden", EntityKind.Person));
        await using var db = database.CreateDbContext();
        (await db.Entities.CountAsync(e => e.Kind == EntityKind.Person && e.NormalizedName == "biden")).Should().Be(0);
    }

    [Fact]
    public async Task Folding_an_earlier_entity_keeps_every_article_count_equal_to_its_mentions()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Aid vote", "Congress passed the aid package on Thursday, and Biden signed it hours later."),
            Article("Veto", "On Friday Biden vetoed the second bill Congress sent him."),
            Article("Summit ends", "President Joe Biden met European leaders in Brussels on Tuesday."),
            Article("Trip", "Joe Biden flew to Brussels again on Monday, and Biden met NATO leaders there."));

        await using var db = database.CreateDbContext();
        var counts = await db.Entities.Select(e => new { e.Name, Stored = e.ArticleCount, Counted = e.Mentions.Select(m => m.ArticleId).Distinct().Count() }).ToListAsync();
        counts.Should().OnlyContain(c => c.Stored == c.Counted, "an entity's article count is the number of articles whose mentions it holds");
        counts.Should().Contain(c => c.Name == "Joe Biden" && c.Counted >= 3, "the bare surname's articles were folded into the full name");
    }

    [Fact]
    public async Task A_name_guessed_to_be_an_organisation_is_folded_into_the_person_of_that_name_when_one_arrives()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Payment", "Lawyers for Breezy Harlow said the payment was hidden."),
            Article("Novelist", "The novelist Breezy Harlow spoke in Denver on Monday."));

        (await MentionsAsync(database, "Payment")).Should().Contain(("Breezy Harlow", "Breezy Harlow", EntityKind.Person));
        await using var db = database.CreateDbContext();
        (await db.Entities.CountAsync(e => e.NormalizedName == "breezy harlow")).Should().Be(1);
    }

    [Fact]
    public async Task An_organisation_whose_name_reads_as_no_persons_is_not_folded_into_a_person_of_that_name()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Bank", "Shares of Harwick Industries Group rose on Monday."),
            Article("Founder", "The banker Harwick Industries Group spoke in Denver on Monday."));

        (await MentionsAsync(database, "Bank")).Should().NotContain(m => m.Kind == EntityKind.Person);
    }

    [Theory]
    [InlineData("Harbor Fisheries Research Board", "hfrb")]
    [InlineData("US Marine Fisheries Survey", "usmfs")]
    [InlineData("U.K. Coastal Rescue Agency", "ukcra")]
    public void An_organisation_answers_to_its_initials_and_an_opening_abbreviation_gives_all_its_letters(string name, string initials) =>
        EntityLinker.AliasesOf(new Entity { Kind = EntityKind.Organization, Name = name, NormalizedName = Entities.EntityNames.Normalize(name) }, [])
            .Should().Contain(initials);

    [Fact]
    public async Task An_acronym_of_an_organisation_named_with_a_place_abbreviation_links_to_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Survey", "Readings from the US Marine Fisheries Survey were published on Monday."),
            Article("Catch", "The USMFS said the catch fell by a third in May."));

        (await MentionsAsync(database, "Catch")).Should().Contain(m => m.Text == "USMFS" && m.Entity != "USMFS");
    }

    [Fact]
    public async Task Two_people_sharing_a_surname_leave_a_bare_surname_alone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Adviser speaks", "National security adviser Jake Sullivan spoke to reporters in Washington on Monday."),
            Article("Senator speaks", "Senator Dan Sullivan of Alaska said the bill would pass."),
            Article("Hearing", "The committee heard from Sullivan for three hours on Wednesday."));

        (await MentionsAsync(database, "Hearing")).Should().Contain(m => m.Text == "Sullivan")
            .And.NotContain(m => m.Entity == "Jake Sullivan" || m.Entity == "Dan Sullivan");
    }

    [Fact]
    public async Task An_acronym_defined_in_one_article_names_the_same_organisation_in_another()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Inspectors", "The International Atomic Energy Agency (IAEA) sent inspectors to the site on Friday."),
            Article("Report", "The IAEA report found traces of enriched uranium, diplomats in Vienna said."));

        (await MentionsAsync(database, "Report")).Should().Contain(("IAEA", "International Atomic Energy Agency", EntityKind.Organization));
    }

    [Fact]
    public async Task A_full_name_spelled_another_way_is_the_same_person()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Crash", "Iranian President Ebrahim Raisi died in a helicopter crash, state media said on Monday."),
            Article("Funeral", "Thousands of mourners said Ebrahim Raeisi had been a pious man, as the funeral began in Tabriz."));

        (await MentionsAsync(database, "Funeral")).Should().Contain(("Ebrahim Raeisi", "Ebrahim Raisi", EntityKind.Person));
    }

    [Fact]
    public async Task A_misspelled_single_name_is_never_merged()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Cabinet", "Prime Minister Benjamin Netanyahu met his cabinet in Jerusalem on Sunday."),
            Article("Typo", "Critics said Netanhayu had ignored the warnings for months."));

        (await MentionsAsync(database, "Typo")).Should().NotContain(m => m.Entity == "Benjamin Netanyahu");
    }

    [Fact]
    public async Task Two_outlets_words_for_one_event_link_to_one_event()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Overnight", "Iran launched a drone and missile attack on Israel overnight, the army said."),
            Article("Analysis", "Analysts said the airborne attack against Israel was meant to be seen coming."));

        (await MentionsAsync(database, "Analysis")).Should().Contain(("airborne attack against Israel", "Israel drone and missile attack", EntityKind.Event));
    }

    [Theory]
    [InlineData("crocus city hall", "crocus city music hall", true)]
    [InlineData("crocus city music hall", "crocus city hall", false)]
    [InlineData("city hall", "city music hall", false)]
    [InlineData("crocus city hall", "crocus music arena", false)]
    public void A_place_with_words_between_its_first_and_last_is_the_same_place(string shorter, string longer, bool same) =>
        EntityLinker.IsWithWordsBetween(shorter.Split(' '), longer.Split(' ')).Should().Be(same);

    [Fact]
    public async Task A_hall_named_with_and_without_a_word_between_is_one_place()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestAsync(database,
            Article("Concert attack", "Gunmen opened fire at the Crocus City Music Hall in Krasnogorsk on Friday."),
            Article("Mourning", "Flowers were laid outside the Crocus City Hall in Krasnogorsk on Saturday."));

        (await MentionsAsync(database, "Mourning")).Should().Contain(("Crocus City Hall", "Crocus City Music Hall", EntityKind.Place));
    }
}
