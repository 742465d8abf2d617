using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Entities;

namespace NewsReader.TestSupport;

/// <summary>
/// A very long article stored straight into a test database (recognising names in megabytes of text would only slow
/// the tests): paragraphs that each name one person once, optionally after a character outside the Basic Multilingual
/// Plane, so that SQLite's character offsets and .NET's drift apart as the text goes on.
/// </summary>
internal static class HugeArticle
{
    public const string Person = "Maria Lopez";

    /// <summary>The sentence that names the person in paragraph <paramref name="i"/>.</summary>
    public static string SentenceOf(int i) => $"{Person} spoke to the council on day {i}.";

    /// <summary>Sentence <paramref name="i"/> as an entity page quotes it, the person's name marked.</summary>
    public static string MarkedSentenceOf(int i) => NewsReader.Text.TextMarks.Mark(SentenceOf(i), [(0, Person.Length)]);

    /// <summary>Stores the article (paragraphs of ~120 characters) and returns its id and the person's entity id.</summary>
    public static async Task<(int ArticleId, int EntityId)> StoreAsync(TestDatabase database, int paragraphs, bool withEmoji = false, string title = "A very long report")
    {
        await using var db = database.CreateDbContext();
        var entity = await db.Entities.FirstOrDefaultAsync(e => e.Name == Person) ?? new Entity { Name = Person, NormalizedName = EntityNames.Normalize(Person), Kind = EntityKind.Person };
        entity.ArticleCount++;
        var text = new StringBuilder();
        var mentions = new List<Mention>();
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append("Day ").Append(i).Append(withEmoji ? " \U0001F4F0. " : " news. ");
            mentions.Add(new Mention { Start = text.Length, End = text.Length + Person.Length, Text = Person, Entity = entity });
            text.Append(SentenceOf(i)).Append(" The vote was delayed again by rain and by other matters of the week.\n\n");
        }

        var article = new Article
        {
            Title = title, Source = title, Text = text.ToString().TrimEnd(), ContentHash = Guid.NewGuid().ToString("N"),
            IngestedAt = database.Time.GetUtcNow().UtcDateTime, Mentions = [.. mentions],
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return (article.Id, entity.Id);
    }
}
