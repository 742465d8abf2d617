using Microsoft.EntityFrameworkCore;
using NewsReader.Sources;
using NewsReader.TestSupport;

namespace NewsReader.Stories;

public sealed class StoryCohesionTests
{
    [Fact]
    public void Articles_fall_into_groups_linked_at_the_threshold_largest_first()
    {
        var likeness = new Dictionary<(int, int), double>
        {
            [(1, 2)] = 0.9,
            [(2, 3)] = 0.5, // at the threshold: linked
            [(4, 5)] = 0.7,
            [(1, 4)] = 0.49,
            [(3, 6)] = 0.1,
        };

        var groups = StoryCohesion.Groups([1, 2, 3, 4, 5, 6], likeness, threshold: 0.5);

        groups.Should().HaveCount(3);
        groups[0].Should().Equal(1, 2, 3);
        groups[1].Should().Equal(4, 5);
        groups[2].Should().Equal(6);
    }

    [Fact]
    public void Of_groups_the_same_size_the_one_holding_the_newest_article_comes_first()
    {
        var groups = StoryCohesion.Groups([1, 2, 3, 4], new Dictionary<(int, int), double> { [(1, 2)] = 0.8, [(3, 4)] = 0.8 }, threshold: 0.5);

        groups.Should().HaveCount(2);
        groups[0].Should().Equal(3, 4);
        groups[1].Should().Equal(1, 2);
    }

    [Fact]
    public void A_pair_never_scored_is_not_a_link()
    {
        StoryCohesion.Groups([1, 2], new Dictionary<(int, int), double>(), threshold: 0.5).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task When_a_story_grows_the_articles_the_links_no_longer_hold_leave_it(bool twoLeave)
    {
        // The refund reports and the fire reports were filed as one story under a model that joined almost anything
        // (as a young store's rarities can: both name Porto); the next fire report is filed under the trained model
        // splitting at its join threshold, and the re-check it triggers splits off what is not linked to the fire.
        await using var database = await TestDatabase.CreateAsync();
        await IngestRefundsThenFireAsync(database, twoLeave, StoryModel.Trained with { SplitThreshold = StoryModel.Trained.JoinThreshold });

        await using var db = database.CreateDbContext();
        var articles = await db.Articles.ToDictionaryAsync(a => a.Source);
        var fireStory = articles["ferry fire"].StoryId;
        fireStory.Should().NotBeNull();
        articles["ferry burned"].StoryId.Should().Be(fireStory);
        articles["ferry towed"].StoryId.Should().Be(fireStory);
        (await db.Stories.SingleAsync(s => s.Id == fireStory)).Title.Should().Be("ferry fire", "the article that titled the story left it");

        var filings = await db.ArticleFilings.ToDictionaryAsync(f => f.ArticleId);
        if (twoLeave)
        {
            var refundStory = articles["refunds promised"].StoryId;
            refundStory.Should().NotBeNull().And.NotBe(fireStory, "two articles still linked to each other make a story of their own");
            articles["crossings suspended"].StoryId.Should().Be(refundStory);
            (await db.Stories.SingleAsync(s => s.Id == refundStory)).Title.Should().Be("refunds promised");
        }
        else
        {
            articles["refunds promised"].StoryId.Should().BeNull("an article linked to none of its story is alone again");
            filings.Should().NotContainKey(articles["refunds promised"].Id, "an article alone keeps no reason");
        }

        foreach (var article in articles.Values.Where(a => a.StoryId is not null))
        {
            articles.Values.Single(a => a.Id == filings[article.Id].WithArticleId).StoryId.Should().Be(article.StoryId, "each reason names an article of its own story");
        }

        filings[articles["ferry fire"].Id].Likeness.Should().BeGreaterThanOrEqualTo(StoryModel.Trained.JoinThreshold);
        var summaries = await db.Stories.Select(s => new { s.ArticleCount, s.LastArticleId, Counted = s.Articles.Count(), Last = s.Articles.Max(a => a.Id) }).ToListAsync();
        summaries.Should().HaveCount(twoLeave ? 2 : 1).And.OnlyContain(s => s.ArticleCount == s.Counted && s.LastArticleId == s.Last);
    }

    [Fact]
    public async Task A_model_that_never_splits_leaves_the_story_as_it_was_filed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await IngestRefundsThenFireAsync(database, twoRefunds: true, StoryModel.Trained with { SplitThreshold = 0 });

        await using var db = database.CreateDbContext();
        (await db.Articles.Select(a => a.StoryId).Distinct().ToListAsync()).Should().ContainSingle().Which.Should().NotBeNull();
        (await db.Stories.SingleAsync()).ArticleCount.Should().Be(5);
    }

    /// <summary>
    /// The refund reports (one or two) and two fire reports under a model that files them all as one story, then a
    /// third fire report under <paramref name="last"/>.
    /// </summary>
    private static async Task IngestRefundsThenFireAsync(TestDatabase database, bool twoRefunds, StoryModel last)
    {
        var eager = StoryModel.Trained with { JoinThreshold = 0.01, MergeThreshold = 0.01, SplitThreshold = 0.01 };
        async Task IngestAsync(string source, StoryModel model, params string[] paragraphs) =>
            await database.Ingestor(model).IngestAsync(new ParsedArticle(source, "Wire", null, paragraphs, []), source, CancellationToken.None);

        await IngestAsync("refunds promised", eager, "Atlantica Lines chief executive Marta Sousa said the company would compensate every passenger.",
            "Marta Sousa said Atlantica Lines had suspended crossings from Porto while inspectors worked.");
        if (twoRefunds)
        {
            await IngestAsync("crossings suspended", eager, "Marta Sousa of Atlantica Lines promised refunds and said crossings from Leixoes stay suspended.",
                "Atlantica Lines inspectors reached Porto on Tuesday, Marta Sousa said.");
        }

        await IngestAsync("ferry fire", eager, "Firefighters in Porto fought a blaze aboard the ferry Aurora Star overnight, harbour master Rui Tavares said.",
            "Rui Tavares said the Aurora Star crew left the vessel in lifeboats before the flames reached the bridge.");
        await IngestAsync("ferry burned", eager, "The ferry Aurora Star burned for hours in Porto, harbour master Rui Tavares told reporters.",
            "Rui Tavares said smoke from the Aurora Star drifted across Porto until dawn.");
        await using (var before = database.CreateDbContext())
        {
            (await before.Articles.Select(a => a.StoryId).Distinct().ToListAsync()).Should().ContainSingle().Which.Should().NotBeNull("the eager model filed them all together");
        }

        await IngestAsync("ferry towed", last, "The burned ferry Aurora Star was towed out of Porto on Wednesday, harbour master Rui Tavares said.",
            "Rui Tavares said the Aurora Star fire was out and Porto harbour had reopened.");
    }
}
