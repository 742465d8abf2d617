namespace NewsReader.Stories;

public sealed class ArticleSimilarityTests
{
    private static readonly CorpusStatistics Statistics = new(1000, entity => entity == 1 ? 900 : 3, term => term is "israel" or "iran" ? 800 : 5);

    private static ArticleProfile Profile(int id, int[] entities, string[] terms, DateTime? published = null, string[]? lead = null) =>
        new(id, published, entities.ToDictionary(e => e, _ => 1), new HashSet<int>(), terms.ToDictionary(t => t, _ => 1, StringComparer.Ordinal),
            lead?.ToDictionary(t => t, _ => 1, StringComparer.Ordinal));

    [Fact]
    public void Sharing_a_famous_name_weighs_little_and_sharing_rare_ones_much()
    {
        var article = Profile(1, [1, 2, 3], ["israel", "consulate", "damascus"]);
        var famousOnly = Profile(2, [1, 4, 5], ["israel", "election", "ballot"]);
        var rare = Profile(3, [1, 2, 3], ["israel", "consulate", "damascus"]);

        ArticleSimilarity.Score(article, famousOnly, Statistics, StoryModel.Trained).Score.Should().BeLessThan(0.1);
        ArticleSimilarity.Score(article, rare, Statistics, StoryModel.Trained).Score.Should().BeGreaterThan(0.9);
    }

    [Fact]
    public void Shared_entities_come_rarest_first()
    {
        var score = ArticleSimilarity.Score(Profile(1, [1, 2], []), Profile(2, [1, 2], []), Statistics, StoryModel.Trained);

        score.SharedEntities.Should().Equal(2, 1);
    }

    [Fact]
    public void Dates_far_apart_lower_the_score_and_the_days_are_kept()
    {
        var day = new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        var entities = new[] { 2, 3 };
        string[] terms = ["consulate", "damascus"];
        var sameDay = ArticleSimilarity.Score(Profile(1, entities, terms, day), Profile(2, entities, ["consulate", "strike"], day), Statistics, StoryModel.Trained);
        var monthsApart = ArticleSimilarity.Score(Profile(1, entities, terms, day), Profile(2, entities, ["consulate", "strike"], day.AddDays(90)), Statistics, StoryModel.Trained);

        monthsApart.Score.Should().BeLessThan(sameDay.Score);
        monthsApart.DaysApart.Should().Be(90);
    }

    [Fact]
    public void Leads_are_compared_apart_and_a_missing_lead_reads_as_the_whole_text()
    {
        string[] terms = ["consulate", "damascus", "delegation", "vote"];
        var sameLead = ArticleSimilarity.Score(
            Profile(1, [2], terms, lead: ["consulate", "damascus"]), Profile(2, [2], terms, lead: ["consulate", "damascus"]), Statistics, StoryModel.Trained);
        var otherLead = ArticleSimilarity.Score(
            Profile(1, [2], terms, lead: ["consulate", "damascus"]), Profile(2, [2], terms, lead: ["delegation", "vote"]), Statistics, StoryModel.Trained);
        var noLead = ArticleSimilarity.Score(Profile(1, [2], terms, lead: ["consulate"]), Profile(2, [2], terms), Statistics, StoryModel.Trained);

        sameLead.Lead.Should().BeApproximately(1, 1e-9);
        otherLead.Lead.Should().Be(0);
        noLead.Lead.Should().Be(noLead.Text);
    }
}
