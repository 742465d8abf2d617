namespace NewsReader.Stories;

public sealed class ArticleSimilarityTests
{
    private static readonly CorpusStatistics Statistics = new(1000, entity => entity == 1 ? 900 : 3, term => term is "israel" or "iran" ? 800 : 5);

    private static ArticleProfile Profile(int id, int[] entities, string[] terms, DateTime? published = null) =>
        new(id, published, entities.ToDictionary(e => e, _ => 1), new HashSet<int>(), terms.ToDictionary(t => t, _ => 1, StringComparer.Ordinal));

    [Fact]
    public void Sharing_a_famous_name_weighs_little_and_sharing_rare_ones_much()
    {
        var article = Profile(1, [1, 2, 3], ["israel", "consulate", "damascus"]);
        var famousOnly = Profile(2, [1, 4, 5], ["israel", "election", "ballot"]);
        var rare = Profile(3, [1, 2, 3], ["israel", "consulate", "damascus"]);

        ArticleSimilarity.Score(article, famousOnly, Statistics).Score.Should().BeLessThan(0.1);
        ArticleSimilarity.Score(article, rare, Statistics).Score.Should().BeGreaterThan(0.9);
    }

    [Fact]
    public void Shared_entities_come_rarest_first()
    {
        var score = ArticleSimilarity.Score(Profile(1, [1, 2], []), Profile(2, [1, 2], []), Statistics);

        score.SharedEntities.Should().Equal(2, 1);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(5, 0.8)]
    [InlineData(20, 0.5)]
    [InlineData(60, 0.2)]
    public void Dates_far_apart_discount_the_score(int days, double factor)
    {
        var day = new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        ArticleSimilarity.TimeFactor(day, day.AddDays(days)).Should().Be(factor);
        ArticleSimilarity.TimeFactor(day, null).Should().Be(1);
    }
}
