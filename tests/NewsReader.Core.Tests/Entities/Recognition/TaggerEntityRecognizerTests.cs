using NewsReader.Nlp.Tagging;
using NewsReader.Sources.PlainText;
using NewsReader.TestSupport;

namespace NewsReader.Entities.Recognition;

public sealed class TaggerEntityRecognizerTests
{
    private static readonly Lazy<TaggerEntityRecognizer> Recognizer =
        new(() => new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded()));

    [Theory]
    [MemberData(nameof(SeedEntityExpectations.All), MemberType = typeof(SeedEntityExpectations))]
    public void Seed_entity_is_found_with_its_kind_and_canonical_name(string seed, string surface, EntityKind kind, string canonical)
    {
        RecognizeSeed(seed).Should().Contain(m => m.Text == surface && m.Kind == kind && m.CanonicalName == canonical);
    }

    /// <summary>The events ../shared/seeds/expected.json lists, by a surface form each and the canonical name.</summary>
    [Theory]
    [InlineData(SeedEntityExpectations.Seed000, "ground offensive in Rafah", "Rafah ground offensive")]
    [InlineData(SeedEntityExpectations.Seed000, "offensive in Rafah", "Rafah ground offensive")]
    [InlineData(SeedEntityExpectations.Seed000, "UN resolution demanding a ceasefire in Gaza", "UN ceasefire resolution")]
    [InlineData(SeedEntityExpectations.Seed004, "ground offensive in the occupied Palestinian territory of Rafah", "Rafah ground offensive")]
    public void Seed_events_are_found_and_named(string seed, string surface, string canonical)
    {
        RecognizeSeed(seed).Should().Contain(m => m.Text == surface && m.Kind == EntityKind.Event && m.CanonicalName == canonical);
    }

    [Theory]
    [InlineData("Iran’s attack comes in retaliation, officials in Tehran said.", "Iran’s attack")]
    [InlineData("Iran launched a drone and missile attack on Israel overnight.", "drone and missile attack on Israel")]
    [InlineData("It followed an airstrike on the Iranian consulate in Damascus last week.", "airstrike on the Iranian consulate in Damascus")]
    [InlineData("Days after the Syria consulate strike, Tehran vowed revenge.", "Syria consulate strike")]
    public void Events_in_news_phrasing_are_found(string text, string surface)
    {
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Text == surface && m.Kind == EntityKind.Event);
    }

    [Fact]
    public void A_happening_with_no_named_anchor_is_not_an_event()
    {
        Recognizer.Value.Recognize("The operation in response to the threat went on for days.").Should().NotContain(m => m.Kind == EntityKind.Event);
    }

    /// <summary>The roles ../shared/seeds/expected.json lists, with whose role each is as the text says.</summary>
    [Theory]
    [InlineData(SeedEntityExpectations.Seed000, "Jake Sullivan", "national security adviser", "White House")]
    [InlineData(SeedEntityExpectations.Seed000, "Yoav Gallant", "Defense Minister", "Israel")]
    [InlineData(SeedEntityExpectations.Seed000, "Benjamin Netanyahu", "Prime Minister", "Israel")]
    [InlineData(SeedEntityExpectations.Seed000, "Joe Biden", "President", null)]
    [InlineData(SeedEntityExpectations.Seed000, "Karine Jean-Pierre", "spokeswoman", "White House")]
    [InlineData(SeedEntityExpectations.Seed004, "Benjamin Netanyahu", "Prime Minister", "Israel")]
    [InlineData(SeedEntityExpectations.Seed004, "Joe Biden", "President", "United States")]
    [InlineData(SeedEntityExpectations.Seed004, "Karine Jean-Pierre", "spokesperson", "White House")]
    [InlineData(SeedEntityExpectations.Seed004, "Giorgia Meloni", "Prime Minister", "Italy")]
    public void Seed_roles_are_read_with_whose_role_it_is(string seed, string person, string title, string? of)
    {
        RecognizeSeed(seed).Should().Contain(m => m.CanonicalName == person && m.Role == new PersonRole(title, of));
    }

    [Theory]
    [InlineData("Former Israeli Foreign Minister Tzipi Livni spoke.", "Tzipi Livni", "Former Israeli Foreign Minister")]
    public void A_role_stops_at_what_is_not_a_role_word(string text, string person, string unexpected)
    {
        var mention = Recognizer.Value.Recognize(text).Single(m => m.CanonicalName == person);

        mention.Role.Should().Be(new PersonRole("Foreign Minister", "Israel"));
        mention.Role!.Title.Should().NotBe(unexpected);
    }

    [Theory]
    [InlineData(SeedEntityExpectations.Seed000)]
    [InlineData(SeedEntityExpectations.Seed004)]
    public void Mentions_are_exact_ordered_and_disjoint_spans_of_the_text(string seed)
    {
        var text = SeedText(seed);

        var mentions = Recognizer.Value.Recognize(text);
        var names = mentions.Where(m => m.Kind != EntityKind.Event).ToList();

        mentions.Should().OnlyContain(m => text.Substring(m.Start, m.End - m.Start) == m.Text);
        mentions.Zip(mentions.Skip(1)).Should().OnlyContain(pair => pair.First.Start <= pair.Second.Start);
        names.Zip(names.Skip(1)).Should().OnlyContain(pair => pair.First.End <= pair.Second.Start, "names never overlap; only events may contain them");
    }

    [Theory]
    [InlineData("Officials met Mr Biden and Ayatollah Ali Khamenei on Monday.", "Biden", "Ali Khamenei")]
    [InlineData("The Syrian Observatory, a UK-based group, said so.", "UK")]
    [InlineData("U.S. Secret Service agents ran to the stage.", "U.S.", "Secret Service")]
    [InlineData("The Syrian Defense Ministry said the strike killed seven.", "Syrian Defense Ministry")]
    public void News_phrasing_is_read_as_readers_name_things(string text, params string[] names)
    {
        Recognizer.Value.Recognize(text).Select(m => m.Text).Should().Contain(names);
    }

    [Theory]
    [InlineData("As reported by USA Today, the mayor left office on Friday.", "USA Today")]
    [InlineData("The figures were first published by The Times of Israel last week.", "Times of Israel")]
    public void A_curated_name_of_several_words_wins_over_the_tagged_names_inside_it(string text, string canonical) =>
        Recognizer.Value.Recognize(text).Should().ContainSingle(m => m.Kind == EntityKind.Organization)
            .Which.CanonicalName.Should().Be(canonical);

    [Theory]
    [InlineData("The minister said on X that talks would resume on Monday.")]
    [InlineData("In a post on X, formerly Twitter, the agency denied the report.")]
    [InlineData("The club shared a video on Threads after the match.")]
    public void A_platform_named_by_an_everyday_word_is_read_where_something_is_posted_on_it(string text) =>
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Kind == EntityKind.Organization && (m.Text == "X" || m.Text == "Threads"));

    [Theory]
    [InlineData("Mark the box on X and sign below.")]
    [InlineData("The story hangs on threads of memory.")]
    public void An_everyday_word_is_no_platform_where_nothing_is_posted(string text) =>
        Recognizer.Value.Recognize(text).Should().NotContain(m => m.Text == "X" || m.Text == "threads");

    [Fact]
    public void An_acronym_the_article_defines_names_the_same_thing_wherever_it_appears()
    {
        const string text = "The International Atomic Energy Agency (IAEA) sent inspectors. Later the IAEA said the site was damaged.";

        var mentions = Recognizer.Value.Recognize(text);

        mentions.Where(m => m.Text == "IAEA").Should().HaveCount(2)
            .And.OnlyContain(m => m.CanonicalName == "International Atomic Energy Agency" && m.Kind == EntityKind.Organization);
    }

    [Theory]
    [InlineData("Israel has been on alert since the October 7 attack by Hamas militants.", "October 7 attack", "October 7 attack")]
    [InlineData("Since Oct. 7, more than 30,000 people have died in the fighting.", "Oct. 7", "October 7 attack")]
    [InlineData("It was the worst unrest since the 1979 Islamic Revolution, analysts said.", "1979 Islamic Revolution", "1979 Islamic Revolution")]
    [InlineData("Americans vote in the presidential election on November 5, 2024, officials said.", "presidential election on November 5, 2024", "November 5, 2024 presidential election")]
    [InlineData("The conflict between Israel and Hamas entered its seventh month on Sunday.", "conflict between Israel and Hamas", "Israel Hamas conflict")]
    [InlineData("Leaders flew in for Masoud Pezeshkian's swearing-in ceremony in Tehran.", "Masoud Pezeshkian's swearing-in ceremony", "Masoud Pezeshkian swearing-in ceremony")]
    [InlineData("Residents described the attack by Iran as a show of force.", "attack by Iran", "Iran attack")]
    [InlineData("Tanks massed for the offensive in the city of Rafah in southern Gaza, officials said.", "offensive in the city of Rafah", "Rafah offensive")]
    [InlineData("Sirens sounded after the attack from Iran in Tel Aviv and Haifa.", "attack from Iran", "Iran attack")]
    [InlineData("Washington opposes a planned assault on Rafah, officials said.", "assault on Rafah", "Rafah assault")]
    [InlineData("Survivors recalled the Hamas massacre of October 7 at the memorial.", "Hamas massacre of October 7", "October 7 attack")]
    [InlineData("Survivors recalled the Hamas massacre of March 3 at the memorial.", "Hamas massacre of March 3", "Hamas massacre of March 3")]
    [InlineData("Hostages were taken in the October 7 surprise attack on the south.", "October 7 surprise attack", "October 7 surprise attack")]
    [InlineData("Many fled after the October 7 terror onslaught, officials said.", "October 7 terror onslaught", "October 7 terror onslaught")]
    [InlineData("Survivors of the shooting attack at the Lisbon Arena were treated overnight.", "shooting attack at the Lisbon Arena", "Lisbon Arena shooting attack")]
    public void Events_anchored_to_dates_places_people_and_both_sides_are_found(string text, string surface, string canonical)
    {
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Text == surface && m.Kind == EntityKind.Event && m.CanonicalName == canonical);
    }

    [Theory]
    [InlineData("Most drones in the Iranian attack were shot down, the army said.")]
    [InlineData("An Israeli airstrike hit a house in the north overnight.")]
    [InlineData("Airstrikes in Syria have grown more frequent this year.")]
    [InlineData("Talks on a ceasefire in Gaza resumed in Cairo on Sunday.")]
    [InlineData("Polls show voters tiring of elections in Israel.")]
    [InlineData("On April 1, officials met in Geneva to discuss aid.")]
    [InlineData("Strikes hit Syria\n\nAir raid sirens sounded across the north.")]
    public void Dates_demonyms_series_ceasefires_and_words_across_a_line_are_not_events(string text)
    {
        Recognizer.Value.Recognize(text).Should().NotContain(m => m.Kind == EntityKind.Event);
    }

    [Theory]
    [InlineData("Volunteers for the relief group World Open Kitchen (WOK) were hurt on Monday. \"We will go on,\" said World Open Kitchen chief Ana Ruiz.", "World Open Kitchen", "WOK")]
    [InlineData("Staff of the charity Daily Bread for All (DBA) left the city. Daily Bread for All said the road was shut.", "Daily Bread for All", "DBA")]
    [InlineData("Members of the group Free Water Now (FWN) marched. Later Free Water Now asked for talks.", "Free Water Now", "FWN")]
    public void Words_before_an_acronym_of_their_initials_name_an_organisation_wherever_written(string text, string longForm, string acronym)
    {
        var mentions = Recognizer.Value.Recognize(text);

        mentions.Where(m => m.Text == longForm).Should().HaveCount(2).And.OnlyContain(m => m.Kind == EntityKind.Organization);
        mentions.Should().Contain(m => m.Text == acronym && m.CanonicalName == longForm);
    }

    [Fact]
    public void Capitalised_words_whose_initials_are_not_the_bracketed_letters_stay_unread()
    {
        var mentions = Recognizer.Value.Recognize("Prices rose again on Monday (CET) as markets opened.");

        mentions.Should().NotContain(m => m.Kind == EntityKind.Organization);
    }

    [Fact]
    public void An_acronym_from_another_language_in_brackets_defines_the_organisation()
    {
        var mentions = Recognizer.Value.Recognize("The Syrian Observatory for Human Rights (OSDH) reported the strike. The OSDH said eight died.");

        mentions.Where(m => m.Text == "OSDH").Should().HaveCount(2).And.OnlyContain(m => m.CanonicalName == "Syrian Observatory for Human Rights");
    }

    [Fact]
    public void Brackets_that_share_too_few_initials_define_nothing()
    {
        var mentions = Recognizer.Value.Recognize("Officials at the World Health Organization (AFP) said the clinic was closed.");

        mentions.Should().NotContain(m => m.Text == "AFP" && m.CanonicalName == "World Health Organization");
    }

    [Fact]
    public void An_acronym_the_article_never_defines_joins_the_organisation_it_spells()
    {
        var mentions = Recognizer.Value.Recognize("The national emergency service, the Magen David Adom, said it had treated 31 people. The MDA said most were lightly hurt.");

        mentions.Should().Contain(m => m.Text == "MDA" && m.CanonicalName == "Magen David Adom");
    }

    // The tagger reads "KTB" as an organisation of its own and leaves "IS" unread.
    [Theory]
    [InlineData("Two KTB (Hezbollah) commanders were killed, the army said. A KTB statement followed.", "KTB", "Hezbollah")]
    [InlineData("The group said the blast was carried out by three IS (Daesh) fighters armed with rifles.", "IS", "Islamic State")]
    public void An_acronym_before_another_name_in_brackets_names_what_the_brackets_name(string text, string acronym, string canonical) =>
        Recognizer.Value.Recognize(text).Where(m => m.Text == acronym).Should().NotBeEmpty()
            .And.OnlyContain(m => m.Kind == EntityKind.Organization && m.CanonicalName == canonical);

    [Fact]
    public void A_capitalised_word_opening_a_dateline_names_no_agency_in_brackets() =>
        Recognizer.Value.Recognize("LONDON (Reuters) - The talks ended on Friday.").Should().NotContain(m => m.Text == "LONDON" && m.CanonicalName == "Reuters");

    [Theory]
    [InlineData("Donald Trump spoke in Ohio. Trump said the crowd was huge.", "Trump", EntityKind.Person, "Donald Trump")]
    [InlineData("Alexei Navalny's widow, Yulia Navalnaya, spoke in Munich. Yulia said he would want the fight to go on.", "Yulia", EntityKind.Person, "Yulia Navalnaya")]
    public void A_name_takes_the_sense_the_rest_of_the_article_gives_it(string text, string surface, EntityKind kind, string canonical)
    {
        Recognizer.Value.Recognize(text).Where(m => m.Text == surface).Should().NotBeEmpty().And.OnlyContain(m => m.Kind == kind && m.CanonicalName == canonical);
    }

    [Fact]
    public void A_surname_joins_the_one_full_name_the_article_gives()
    {
        var mentions = Recognizer.Value.Recognize("Adviser Jake Sullivan met Yoav Gallant. Sullivan said little.");

        mentions.Where(m => m.Text == "Sullivan").Should().ContainSingle().Which.CanonicalName.Should().Be("Jake Sullivan");
    }

    [Fact]
    public void Two_people_sharing_a_surname_leave_the_bare_surname_unresolved()
    {
        var mentions = Recognizer.Value.Recognize("Jake Sullivan met Senator Dan Sullivan on Monday. Sullivan said little.");

        mentions.Where(m => m.Text == "Sullivan").Should().OnlyContain(m => m.CanonicalName == "Sullivan");
        mentions.Select(m => m.CanonicalName).Should().Contain(["Jake Sullivan", "Dan Sullivan"]);
    }

    [Fact]
    public void People_and_places_unknown_to_every_list_are_still_found()
    {
        var mentions = Recognizer.Value.Recognize("Kwame Osei-Bonsu said the flooding in Tamborine had closed the road.");

        mentions.Should().Contain(m => m.Text == "Kwame Osei-Bonsu" && m.Kind == EntityKind.Person);
        mentions.Should().Contain(m => m.Text == "Tamborine" && m.Kind == EntityKind.Place);
    }

    /// <summary>
    /// The steps after tagging look names up by token, not across the whole text: a paragraph repeated through a
    /// long article gets the same names, kinds and roles in every repetition, far from the start as near it.
    /// </summary>
    [Fact]
    public void A_paragraph_repeated_through_a_long_article_gets_the_same_names_every_time()
    {
        const string paragraph = "Maryland Gov. Wes Moore toured the Francis Scott Key Bridge in Dundalk, Md., with White House national "
            + "security adviser Jake Sullivan on Tuesday. A UK-based charity and Sen. Ben Cardin (D-Md.) said the Rafah crossing "
            + "stayed shut, USA Today reported.";
        const int repetitions = 300;
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, repetitions));

        var mentions = Recognizer.Value.Recognize(text);

        var byRepetition = mentions
            .GroupBy(m => m.Start / (paragraph.Length + 2))
            .ToDictionary(g => g.Key, g => g.Select(m => (m.Start % (paragraph.Length + 2), m.Text, m.Kind, m.CanonicalName, m.Role)).ToList());
        byRepetition.Should().HaveCount(repetitions);
        byRepetition[1].Should().Contain(m => m.Text == "Dundalk" && m.Kind == EntityKind.Place)
            .And.Contain(m => m.Text.EndsWith("Key Bridge", StringComparison.Ordinal) && m.Kind == EntityKind.Place)
            .And.Contain(m => m.Text == "Jake Sullivan" && m.Role != null && m.Role.Of == "White House")
            .And.Contain(m => m.Text == "UK" && m.Kind == EntityKind.Place);
        foreach (var repetition in byRepetition.Keys.Where(k => k > 1))
        {
            byRepetition[repetition].Should().Equal(byRepetition[1], $"repetition {repetition} reads like the second");
        }
    }

    private static IReadOnlyList<RecognizedMention> RecognizeSeed(string seed) => Recognizer.Value.Recognize(SeedText(seed));

    private static string SeedText(string seed) => PlainTextArticleParser.Parse(File.ReadAllText(RepositoryPaths.Seed(seed))).Value!.Text;

    [Fact]
    public void A_title_inside_an_organisation_span_separates_the_organisation_from_the_person()
    {
        var mentions = Recognizer.Value.Recognize("U.S. Coast Guard Rear Adm. Shannon Gilreath told reporters the search would continue overnight.");

        mentions.Should().NotContain(m => m.Text.Contains("Adm.", StringComparison.Ordinal), "a title is part of no name");
        mentions.Should().Contain(m => m.Text == "Shannon Gilreath" && m.Kind == EntityKind.Person);
    }

    [Theory]
    [InlineData("The eclipse reached Dallas at 1:40 p.m. CDT on Monday, officials said.", "CDT")]
    [InlineData("Totality ended in Portland just after 3:30 p.m. ET. Crowds cheered on the shore.", "ET")]
    [InlineData("The shadow left the coast at 11:10 a.m. PDT, according to the agency.", "PDT")]
    [InlineData("It is expected to leave the state at 17:15 BST (12:15 p.m. EDT), officials said.", "EDT")]
    public void A_time_zone_after_a_clock_time_is_no_organisation(string text, string zone) =>
        Recognizer.Value.Recognize(text).Should().NotContain(m => m.Text.Contains(zone, StringComparison.Ordinal));

    [Theory]
    [InlineData("The Syrian Defense Ministry said two soldiers were wounded.", "Syrian Defense Ministry")]
    [InlineData("The strike killed a commander of the Iranian Quds Force, state media said.", "Quds Force")]
    [InlineData("Fighters of the Iranian-backed Hezbollah fired rockets overnight.", "Hezbollah")]
    public void A_demonym_joins_an_organisation_only_when_common_nouns_name_it(string text, string organisation) =>
        Recognizer.Value.Recognize(text).Where(m => m.Kind == EntityKind.Organization).Select(m => m.Text).Should().Contain(organisation)
            .And.NotContain(t => t.Contains("Iranian", StringComparison.Ordinal));

    [Theory]
    [InlineData("Divers searched under the Francis Scott Key Bridge on Tuesday. Traffic that used the Key Bridge was diverted.", "Key Bridge", "Francis Scott Key Bridge")]
    [InlineData("The United Nations Security Council met on Monday. Diplomats said the Council would vote again.", "Council", "United Nations Security Council")]
    public void A_place_or_organisation_named_again_by_the_end_of_its_name_is_the_same_one(string text, string shortForm, string fullName) =>
        Recognizer.Value.Recognize(text).Where(m => m.Text == shortForm).Should().NotBeEmpty().And.OnlyContain(m => m.CanonicalName == fullName);

    [Fact]
    public void An_organisation_named_with_a_demonym_for_its_place_is_the_one_the_gazetteer_knows() =>
        Recognizer.Value.Recognize("A spokesman for the Israeli Defense Forces said troops had withdrawn.")
            .Should().Contain(m => m.Text == "Israeli Defense Forces" && m.CanonicalName == "Israel Defense Forces" && m.Kind == EntityKind.Organization);

    [Fact]
    public void An_organisation_named_with_a_place_abbreviation_is_named_with_the_place_written_out()
    {
        Recognizer.Value.Recognize("A statement from the US Department of State followed on Friday.")
            .Should().Contain(m => m.Text == "US Department of State" && m.CanonicalName == "United States Department of State");
        Recognizer.Value.Recognize("Editors at the Washington Post declined to comment on Friday.")
            .Should().Contain(m => m.Text == "Washington Post")
            .And.NotContain(m => m.CanonicalName != null && m.CanonicalName.StartsWith("Washington, D.C.", StringComparison.Ordinal), "only abbreviations are written out");
    }

    [Theory]
    [InlineData("Lloyd Austin", true)]
    [InlineData("Maria Elena Santos", true)]
    [InlineData("Breezy Harlow", true)]
    [InlineData("Lloyd Industries Group Holdings", false)]
    [InlineData("Pacific Coast", false)]
    [InlineData("Israel Defense Forces", false)]
    public void A_name_read_as_a_place_or_organisation_that_starts_with_a_first_name_or_ends_with_a_surname_may_be_a_person(string name, bool mayBe) =>
        Recognizer.Value.ReadsAsPersonsName(name).Should().Be(mayBe);

    [Theory]
    [InlineData("Senate Majority Leader Chuck Schumer said the vote would be held on Friday.", "Majority", "Chuck Schumer")]
    [InlineData("Manhattan District Attorney Alvin Bragg said the case would go ahead.", "Attorney", "Alvin Bragg")]
    [InlineData("Secretary of Defense Lloyd Austin spoke to reporters on Friday.", "Defense", "Lloyd Austin")]
    [InlineData("Interior Minister Matus Sutaj Estok said the suspect was arrested.", "Interior", "Matus Sutaj Estok")]
    [InlineData("Maryland State Police Superintendent Roland Butler spoke at the scene.", "Superintendent", "Roland Butler")]
    public void Words_of_a_role_before_a_name_belong_to_neither_an_organisation_nor_the_person(string text, string roleWord, string person)
    {
        var mentions = Recognizer.Value.Recognize(text);

        mentions.Should().Contain(m => m.Text == person && m.Kind == EntityKind.Person)
            .And.NotContain(m => m.Text.Contains(roleWord, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Here Comes the Sun, the band played, as the sun rose over the harbour in Lisbon.", "Sun")]
    public void An_everyday_word_the_article_also_writes_in_lower_case_is_no_name(string text, string word) =>
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Text == "Lisbon").And.NotContain(m => m.Text == word);

    [Fact]
    public void A_short_form_two_longer_names_end_with_stays_itself() =>
        Recognizer.Value.Recognize("The Ohio State Police and the Texas State Police met. Later the State Police said little.")
            .Where(m => m.Text == "State Police").Should().OnlyContain(m => m.CanonicalName == "State Police");

    [Fact]
    public void A_name_after_a_time_zone_in_a_timetable_keeps_its_own_kind()
    {
        var mentions = Recognizer.Value.Recognize(
            "Erie, Pennsylvania: 3:16 p.m. - 3:20 p.m. EDT Buffalo, New York: 3:18 p.m. - 3:22 p.m. EDT Rochester, New York: 3:20 p.m.");

        mentions.Should().NotContain(m => m.Text.Contains("EDT", StringComparison.Ordinal));
        mentions.Should().Contain(m => m.Text == "Buffalo" && m.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_name_on_the_last_word_of_a_cut_off_capture_is_not_trusted()
    {
        Recognizer.Value.Recognize("Officials in Lisbon said the ferry would sail to Funch")
            .Should().Contain(m => m.Text == "Lisbon").And.NotContain(m => m.Text == "Funch");
        Recognizer.Value.Recognize("Officials said the ferry would sail to Lisbon.")
            .Should().Contain(m => m.Text == "Lisbon", "a finished sentence is not cut off");
    }

    [Fact]
    public void A_first_and_last_name_is_the_longer_name_with_those_ends_in_the_same_article()
    {
        var mentions = Recognizer.Value.Recognize(
            "Police questioned Alexandru Mihail Popescu on Friday. Lawyers for Alexandru Popescu said he would appeal.");

        mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.CanonicalName).Distinct().Should().Equal("Alexandru Mihail Popescu");
    }

    [Fact]
    public void Names_in_a_picture_credit_are_not_the_storys() =>
        Recognizer.Value.Recognize("Crews cleared the harbour in Lisbon on Tuesday. (Joana Ferreira/AP)\nThe mayor thanked them.")
            .Should().Contain(m => m.Text == "Lisbon")
            .And.NotContain(m => m.Text == "Joana Ferreira" || m.Text == "AP");

    [Fact]
    public void Agencies_a_dated_dateline_lists_with_a_spaced_slash_are_two_organisations_and_an_unspaced_slash_keeps_one_name()
    {
        var mentions = Recognizer.Value.Recognize(
            "Lisbon, (HWN - Harbor Wire / Lakeside Daily News - 20th May, 2024) The president was confirmed dead on Monday. "
            + "The broadcaster RFE/RL said the reporter was held.");

        mentions.Where(m => m.Kind == EntityKind.Organization).Select(m => m.Text).Should().Contain(["Harbor Wire", "Lakeside Daily News", "RFE/RL"]);
    }

    [Theory]
    [InlineData("The payments went to Stephanie Clifford, the adult film star known as Stormy Daniels, in 2016. Daniels testified on Tuesday. Clifford left.")]
    [InlineData("Marion Whitlock, better known as Skye Harlan, sang on Friday. Whitlock left early and Harlan stayed.")]
    public void A_person_the_article_says_is_known_by_another_name_is_one_person_under_that_name(string text)
    {
        var people = Recognizer.Value.Recognize(text).Where(m => m.Kind == EntityKind.Person).ToList();

        people.Should().HaveCountGreaterThanOrEqualTo(4);
        people.Select(m => m.CanonicalName).Distinct().Should().ContainSingle().Which.Should().BeOneOf("Stormy Daniels", "Skye Harlan");
    }

    [Fact]
    public void Organisations_known_by_another_name_are_left_as_they_are() =>
        Recognizer.Value.Recognize("The firm Ridge Partners, known as Ridge Holdings, grew.")
            .Should().Contain(m => m.Text == "Ridge Holdings" && m.Kind == EntityKind.Organization && m.CanonicalName == "Ridge Holdings");

    [Theory]
    [InlineData("Tributes flowed for Lalzawmi 'Zomi' Frankcom on Tuesday. Friends said Zomi loved her work, and Frankcom was brave.", "Lalzawmi Zomi Frankcom", "Zomi")]
    [InlineData("Marta \u2018Mimi\u2019 Okafor spoke on Friday. Mimi said Marta Okafor would stay.", "Marta Mimi Okafor", "Mimi")]
    public void A_name_with_a_nickname_in_quotes_is_one_person_and_the_nickname_alone_is_her(string text, string name, string nickname)
    {
        var mentions = Recognizer.Value.Recognize(text);

        mentions.Where(m => m.Kind == EntityKind.Person).Should().HaveCountGreaterThanOrEqualTo(3).And.OnlyContain(m => m.CanonicalName == name);
        mentions.Should().Contain(m => m.Text == nickname && m.Kind == EntityKind.Person);
    }

    [Fact]
    public void Quoted_words_between_a_verb_and_a_name_are_no_nickname() =>
        Recognizer.Value.Recognize("The coach said 'Go' Harwick, and the team ran.").Should().NotContain(m => m.Text.Contains('\'', StringComparison.Ordinal));

    [Fact]
    public void A_name_the_tagger_reads_as_a_person_that_keeps_a_capitalised_the_in_mid_sentence_is_an_organisation() =>
        Recognizer.Value.Recognize("No date has been finalized, but the meeting could occur next week, an official told The Harlow.")
            .Should().ContainSingle(m => m.Text == "The Harlow").Which.Kind.Should().Be(EntityKind.Organization);

    [Theory]
    [InlineData("Shares rose after regulators approved the drug for early Alzheimer's disease on Thursday.", "Alzheimer")]
    [InlineData("The trial enrolled 400 patients with Crohn's disease across Europe.", "Crohn")]
    public void A_name_that_names_an_illness_is_no_name_of_the_story(string text, string eponym) =>
        Recognizer.Value.Recognize(text).Should().NotContain(m => m.Text == eponym);

    [Theory]
    [InlineData("Researchers at NASA's Jet Propulsion Laboratory said the asteroid posed no threat.", "NASA", "Jet Propulsion Laboratory")]
    public void A_name_owned_by_an_acronym_or_a_known_name_is_two_names(string text, string owner, string owned)
    {
        var organisations = Recognizer.Value.Recognize(text).Where(m => m.Kind == EntityKind.Organization).Select(m => m.Text);

        organisations.Should().Contain([owner, owned]).And.NotContain(n => n.Contains("'s", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Doctors at Boston Children's Hospital said the boy was recovering.", "Boston Children's Hospital")]
    [InlineData("The People's Liberation Army held drills near the strait on Monday.", "People's Liberation Army")]
    public void A_possessive_that_no_known_name_owns_stays_inside_the_name(string text, string name) =>
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Text == name);

    // The tagger reads each of these words as an organisation.
    [Theory]
    [InlineData("Officials raised the alert to Level 4 status on Friday.", "Level")]
    [InlineData("The banks must hold more Tier 1 capital, regulators said.", "Tier")]
    [InlineData("Negotiators began Round 3 talks in Geneva on Monday.", "Round")]
    [InlineData("He was charged with a Class 2 felony in the county.", "Class")]
    public void A_word_numbering_a_step_is_no_name(string text, string word) =>
        Recognizer.Value.Recognize(text).Should().NotContain(m => m.Text == word);

    [Fact]
    public void A_score_is_no_numbered_step() =>
        Recognizer.Value.Recognize("Final score: Forest 2, Arsenal 1.").Where(m => m.Kind == EntityKind.Organization).Select(m => m.Text)
            .Should().Equal("Forest", "Arsenal");

    // The tagger reads these as people ("Deir al Balah" as a person "Deir").
    [Theory]
    [InlineData("Families fled Beit Lahiya overnight.", "Beit Lahiya")]
    [InlineData("Shelling hit Deir Sharaf and Beit Hanoun.", "Deir Sharaf")]
    [InlineData("The convoy reached Deir al Balah late on Tuesday.", "Deir al Balah")]
    public void A_name_opening_with_a_word_for_a_places_feature_is_a_place(string text, string place) =>
        Recognizer.Value.Recognize(text).Should().ContainSingle(m => m.Text == place).Which.Kind.Should().Be(EntityKind.Place);

    [Fact]
    public void An_organisation_named_after_a_place_opening_with_a_feature_word_stays_an_organisation() =>
        Recognizer.Value.Recognize("Researchers at Tel Aviv University said the study was small.")
            .Should().Contain(m => m.Text == "Tel Aviv University" && m.Kind == EntityKind.Organization);

    [Fact]
    public void A_name_the_tagger_reads_as_an_organisation_ending_in_a_word_for_a_division_is_a_place()
    {
        // The tagger reads "Fulton County" as an organisation.
        var mentions = Recognizer.Value.Recognize("Voters in Georgia's Fulton County waited for hours. The Fulton County Commission met on Monday.");

        mentions.Should().Contain(m => m.Text == "Fulton County" && m.Kind == EntityKind.Place);
        mentions.Should().Contain(m => m.Text == "Fulton County Commission" && m.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_word_for_a_places_feature_as_a_surname_leaves_the_person_a_person() =>
        Recognizer.Value.Recognize("Prime Minister Imran Khan spoke in Lahore.").Should().Contain(m => m.Text == "Imran Khan" && m.Kind == EntityKind.Person);

    // The tagger reads each company as an organisation opening with a title ("General", "Justice"), or as a person.
    [Theory]
    [InlineData("In Detroit, General Motors recalled 50,000 pickup trucks.", "General Motors")]
    [InlineData("Shares of General Electric rose. General Mills cut prices.", "General Mills")] // "Mills" is a surname too
    [InlineData("The judge sided with the Justice Department on Monday.", "Justice Department")]
    [InlineData("Duke Energy said crews were on their way.", "Duke Energy")]
    [InlineData("Ford Motor said sales rose in May.", "Ford Motor")]
    public void A_companys_name_opening_with_a_title_or_ending_in_a_company_word_is_an_organisation(string text, string company) =>
        Recognizer.Value.Recognize(text).Should().ContainSingle(m => m.Text == company).Which.Kind.Should().Be(EntityKind.Organization);

    [Theory]
    [InlineData("The jury found Mr Trump guilty.", "Trump")] // the tagger reads "Mr Trump" as an organisation
    [InlineData("Samantha Power said aid would flow.", "Samantha Power")]
    public void A_persons_name_after_a_form_of_address_or_ending_in_a_surname_stays_a_persons(string text, string person) =>
        Recognizer.Value.Recognize(text).Should().ContainSingle(m => m.Text == person).Which.Kind.Should().Be(EntityKind.Person);

    // The tagger reads the group and what it is of as two names.
    [Theory]
    [InlineData("A leader of the Brigades of the Islamic Dawn was arrested on Friday.", "Brigades of the Islamic Dawn")]
    [InlineData("A commander of the Guards of the Islamic Revolution was killed.", "Guards of the Islamic Revolution")]
    public void A_word_for_a_group_and_the_name_after_of_the_are_one_organisation(string text, string organisation)
    {
        var mentions = Recognizer.Value.Recognize(text);

        mentions.Should().ContainSingle(m => m.Text == organisation).Which.Kind.Should().Be(EntityKind.Organization);
        mentions.Should().ContainSingle("nothing inside the group's name is a name of its own, nor an event");
    }

    [Fact]
    public void A_name_not_ending_in_a_word_for_a_group_of_people_stays_apart_from_the_name_after_of_the() =>
        // The tagger reads "Lions" as an organisation and "Atlas" as MISC; lions are animals, not people.
        Recognizer.Value.Recognize("Fans of the Lions of the Atlas cheered.").Should().NotContain(m => m.Text.Contains("of the", StringComparison.Ordinal));

    [Fact]
    public void A_name_does_not_run_on_through_in_and_where_its_bearer_is()
    {
        // The tagger reads the court and where it sits as one organisation.
        var mentions = Recognizer.Value.Recognize("A courtroom on the 15th floor of the New York County Supreme Court in Lower Manhattan will be the setting.");

        mentions.Should().Contain(m => m.Text == "New York County Supreme Court" && m.Kind == EntityKind.Organization);
        mentions.Should().Contain(m => m.Text == "Lower Manhattan" && m.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_place_name_ending_in_people_animals_or_things_names_a_team()
    {
        // The tagger reads "Kansas City Chiefs" as a place.
        var mentions = Recognizer.Value.Recognize("The Kansas City Chiefs beat the Chicago Bears, and fans flew home over the Virgin Islands and Niagara Falls.");

        mentions.Should().Contain(m => m.Text == "Kansas City Chiefs" && m.Kind == EntityKind.Organization);
        mentions.Where(m => m.Text is "Virgin Islands" or "Niagara Falls").Should().HaveCount(2).And.OnlyContain(m => m.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_patronymic_joins_the_names_either_side_of_it_into_one_person()
    {
        // The tagger reads "Tamim" as a person and "Hamad Al Thani" as an organisation.
        var mentions = Recognizer.Value.Recognize("The minister met the emir, Sheikh Tamim bin Hamad Al Thani, in Doha on Sunday.");

        mentions.Should().ContainSingle(m => m.Kind == EntityKind.Person).Which.Text.Should().Be("Tamim bin Hamad Al Thani");
        mentions.Should().NotContain(m => m.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_crown_prince_is_a_role_not_a_place() =>
        Recognizer.Value.Recognize("Saudi Crown Prince Mohammed bin Salman arrived in Riyadh.")
            .Should().NotContain(m => m.Text == "Crown").And.Contain(m => m.Text == "Mohammed bin Salman" && m.Role!.Title == "Crown Prince");

    [Theory]
    [InlineData("The cargo ship Zarvika struck the pier at dawn. Zarvika was carrying 4,000 containers.", "Zarvika")]
    [InlineData("The ship, called Dali, lost power before the collision. Crews boarded the Dali on Tuesday.", "Dali")]
    [InlineData("Astronomers said the Euclid telescope had mapped a million galaxies.", "Euclid")]
    [InlineData("Astronomers using NASA's James Webb Space Telescope found carbon dioxide.", "James Webb Space Telescope")] // read as an organisation
    public void A_ships_or_spacecrafts_name_is_no_name_of_the_story_wherever_it_is_repeated(string text, string craft) =>
        Recognizer.Value.Recognize(text).Should().NotContain(m => m.Text == craft);

    [Fact]
    public void An_institution_named_after_a_spacecraft_is_still_an_organisation() =>
        Recognizer.Value.Recognize("Staff at the Space Telescope Science Institute in Baltimore cheered.")
            .Should().Contain(m => m.Text == "Space Telescope Science Institute" && m.Kind == EntityKind.Organization);

    [Fact]
    public void A_port_before_a_word_for_a_ship_is_still_a_place() =>
        Recognizer.Value.Recognize("Passengers waited for the Dover ferry as storms closed the port in Dover.")
            .Should().Contain(m => m.Text == "Dover" && m.Kind == EntityKind.Place);

    [Theory]
    [InlineData("The 9th Circuit Court of Appeals ruled that the law violated the First Amendment.", "First Amendment")]
    [InlineData("Delegates said the plan breached the UN Charter and the Paris Agreement.", "UN Charter")]
    public void A_law_or_a_treaty_is_no_name_of_the_story(string text, string document) =>
        Recognizer.Value.Recognize(text).Should().NotContain(m => m.Text == document);
}
