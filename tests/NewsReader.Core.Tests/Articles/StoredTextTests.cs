using NewsReader.TestSupport;

namespace NewsReader.Articles;

public sealed class StoredTextTests
{
    [Theory]
    [InlineData("plain ascii text of some length", 10)]
    [InlineData("Zürich, Köln and Łódź: accents of two bytes each", 7)]
    [InlineData("News \U0001F4F0 and more \U0001F4F0\U0001F4F0 emoji of four bytes", 7)]
    [InlineData("News \U0001F4F0 and more \U0001F4F0\U0001F4F0 emoji of four bytes", 6)]
    [InlineData("中文新闻，三个字节的字符", 5)]
    public async Task A_beginning_is_never_half_a_character_and_says_whether_it_is_all(string text, int maxChars)
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await StoreAsync(database, text);
        await using var db = database.CreateDbContext();

        var beginning = (await StoredText.BeginningAsync(db, id, maxChars, CancellationToken.None))!;
        var whole = (await StoredText.BeginningAsync(db, id, text.Length, CancellationToken.None))!;

        text.Should().StartWith(beginning.Text);
        beginning.Text.Length.Should().BeInRange(maxChars - 1, maxChars);
        char.IsHighSurrogate(beginning.Text[^1]).Should().BeFalse();
        beginning.IsWhole.Should().BeFalse();
        beginning.WholeBytes.Should().Be(System.Text.Encoding.UTF8.GetByteCount(text));
        whole.Text.Should().Be(text);
        whole.IsWhole.Should().BeTrue();
    }

    /// <summary>With checkpoints (as ingest writes them) and without (a store ingested before they existed).</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Parts_are_read_on_their_own_and_each_sits_where_it_is_in_the_text(bool withCheckpoints)
    {
        var words = string.Join(' ', Enumerable.Range(0, 4_000).Select(i => $"word{i}"));
        var unspaced = string.Concat(Enumerable.Repeat("中文新闻\U0001F4F0", 6_000));
        var text = ArticleText.Join([words, "A short paragraph.", unspaced, string.Join("\n\n", Enumerable.Range(0, 300).Select(i => $"Paragraph {i} of many."))]);
        await using var database = await TestDatabase.CreateAsync();
        var id = await StoreAsync(database, text, withCheckpoints);
        await using var db = database.CreateDbContext();

        var parts = new List<TextPart>();
        for (var part = 1; await StoredText.PartAsync(db, id, part, 5_000, CancellationToken.None) is { } read; part++)
        {
            parts.Add(read);
        }

        parts.Should().HaveCountGreaterThan(10);
        parts.Should().OnlyContain(p => text.Substring(p.Start, p.Text.Length) == p.Text, "a part's start places it in the text");
        parts.Should().OnlyContain(p => System.Text.Encoding.UTF8.GetByteCount(p.Text) <= 10_000);
        parts.Take(parts.Count - 1).Should().OnlyContain(p => p.HasNext);
        parts[^1].HasNext.Should().BeFalse();
        string.Concat(parts.Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)
            .Should().Be(text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task There_is_no_text_of_an_article_that_is_not_stored()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        (await StoredText.PartAsync(db, 42, 1, 1_000, CancellationToken.None)).Should().BeNull();
        (await StoredText.BeginningAsync(db, 42, 10, CancellationToken.None)).Should().BeNull();
    }

    private static async Task<int> StoreAsync(TestDatabase database, string text, bool withCheckpoints = false)
    {
        await using var db = database.CreateDbContext();
        var article = new Article { Title = "t", Source = "s", Text = text, ContentHash = Guid.NewGuid().ToString("N") };
        db.Articles.Add(article);
        if (withCheckpoints)
        {
            // Two checkpoints at least, one inside the unspaced characters of three and four bytes.
            var checkpoints = TextCheckpoints.Of(text)!;
            checkpoints.Length.Should().BeGreaterThanOrEqualTo(2 * sizeof(int));
            db.TextCheckpoints.Add(new TextCheckpoints { Article = article, UnitsBefore = checkpoints });
        }

        await db.SaveChangesAsync();
        return article.Id;
    }
}
