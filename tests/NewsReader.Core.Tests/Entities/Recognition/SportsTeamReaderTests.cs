using NewsReader.Nlp.Tagging;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Through the whole recognizer: in a sports report a country or city standing where a team stands is the team, an
/// organisation named for the place and the sport; nationalities, datelines and news outside sport stay places.
/// </summary>
public sealed class SportsTeamReaderTests
{
    private static readonly Lazy<TaggerEntityRecognizer> Recognizer =
        new(() => new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded()));

    private const string CricketReport =
        "LONDON 2026-06-14\n" +
        "England beat India by 45 runs in the first one-day international at Lord's on Saturday.\n" +
        "India won the toss and put England in to bat, and the hosts reached 288 for six in their 50 overs.\n" +
        "Opener Priya Nair ( India ) took three wickets before England's bowlers closed the innings out.\n";

    [Fact]
    public void A_country_that_beats_another_in_a_cricket_report_is_its_cricket_team()
    {
        var mentions = Recognizer.Value.Recognize(CricketReport);

        mentions.Where(m => m.Text == "England").Should().OnlyContain(m => m.Kind == EntityKind.Organization && m.CanonicalName == "England cricket team");
        mentions.Should().Contain(m => m.Text == "India" && m.CanonicalName == "India cricket team");
    }

    [Fact]
    public void A_nationality_in_brackets_and_the_dateline_stay_places()
    {
        var mentions = Recognizer.Value.Recognize(CricketReport);

        mentions.Should().Contain(m => m.Text == "LONDON" && m.Kind == EntityKind.Place);
        var bracketed = CricketReport.IndexOf("( India )", StringComparison.Ordinal) + 2;
        mentions.Single(m => m.Start == bracketed).Kind.Should().Be(EntityKind.Place);
    }

    [Theory]
    [InlineData("Brazil drew 1-1 with Argentina in a World Cup qualifier, the goalkeeper saving a late penalty.", "Argentina", "Argentina football team")]
    [InlineData("Brazil and Argentina drew 0-0 in a friendly; the striker missed a penalty at halftime.", "Brazil", "Brazil football team")]
    [InlineData("The shortstop homered twice and the pitcher went seven innings.\nBOSTON AT TORONTO\n", "TORONTO", "Toronto baseball team")]
    public void Teams_are_read_from_results_fixtures_and_draws(string text, string surface, string team)
    {
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Text == surface && m.CanonicalName == team && m.Kind == EntityKind.Organization);
    }

    [Fact]
    public void Outside_sport_a_country_that_beats_another_stays_a_country()
    {
        var mentions = Recognizer.Value.Recognize("Germany beat France to the contract, officials in Berlin said on Monday.");

        mentions.Should().Contain(m => m.Text == "Germany" && m.Kind == EntityKind.Place && m.CanonicalName == "Germany");
    }

    [Fact]
    public void A_sports_word_with_an_everyday_sense_repeated_in_a_political_report_makes_no_team() =>
        Recognizer.Value.Recognize(
                "Portugal launched talks with Spain on Monday about its goals for the water treaty. "
                + "Officials said the goals of both governments were close, and Portugal led the first round.")
            .Where(m => m.Text == "Portugal").Should().OnlyContain(m => m.Kind == EntityKind.Place);
}
