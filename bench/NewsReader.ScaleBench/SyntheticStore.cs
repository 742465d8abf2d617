using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsReader.Entities;
using NewsReader.Nlp.Tokenization;
using NewsReader.Text;

namespace NewsReader.ScaleBench;

/// <summary>
/// Writes a synthetic store straight into SQLite (the schema from the app's own migrations): articles recombined from
/// real sentences (the seeds, and ../shared's dev corpus when present) and template sentences naming entities from a
/// pool whose use follows a Zipf law (a few names in a tenth of all articles, most in a handful), grouped into stories
/// of one to six articles that share rare names and sentences. Entity and term counts, stories and the full-text index
/// are filled as ingestion would fill them. Deterministic for a given seed.
/// </summary>
internal sealed class SyntheticStore(string path, int articles, int seed)
{
    private const int EntityPool = 100_000;
    private const int Batch = 20_000;

    private static readonly string[] Syllables =
    [
        "ka", "ra", "mo", "li", "sa", "ven", "dor", "el", "an", "tu", "mir", "zan", "bel", "kor", "ash", "lin", "ta", "ro",
        "nia", "vas", "ul", "gar", "es", "hal", "pen", "qu", "ri", "sto", "ba", "yev", "dra", "ho", "mek", "sul",
    ];

    private static readonly string[] Verbs = ["meet", "warn", "visit", "reject", "support", "criticise", "join", "leave", "sanction", "praise"];

    private static readonly string[] Templates =
    [
        "{P} said on Tuesday that {O} would {V} the talks in {L}.",
        "Officials in {L} told reporters that {P} had agreed to {V} {O} next week.",
        "{O} confirmed that {P} travelled to {L} to {V} local leaders.",
        "According to {O}, the {E} left dozens of people without power in {L}.",
        "{P} and {P2} are expected to {V} the proposal, a spokesperson for {O} said.",
        "Residents of {L} described the {E} as the worst in years, {P} said.",
    ];

    private readonly Random _random = new(seed);
    private readonly List<(string Name, EntityKind Kind)> _entities = [];
    private readonly int[] _entityArticles = new int[EntityPool + 1];
    private readonly Dictionary<string, int> _termArticles = new(StringComparer.Ordinal);
    private string[] _sentences = [];

    public async Task WriteAsync(IReadOnlyList<string> sourceTexts, CancellationToken cancellationToken)
    {
        _sentences = SentencesOf(sourceTexts);
        MakeEntities();
        var watch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;", cancellationToken);
        await WriteEntitiesAsync(connection, cancellationToken);

        var articleId = 0;
        var storyId = 0;
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var insertArticle = Command(connection, transaction,
            "INSERT INTO Articles (Id, Title, Outlet, PublishedAt, Source, Text, ContentHash, IngestedAt, StoryId, Terms) VALUES ($id, $title, $outlet, $published, $source, $text, $hash, $ingested, $story, $terms)",
            "$id", "$title", "$outlet", "$published", "$source", "$text", "$hash", "$ingested", "$story", "$terms");
        var insertMention = Command(connection, transaction,
            "INSERT INTO Mentions (ArticleId, EntityId, Start, End, Text) VALUES ($article, $entity, $start, $end, $text)",
            "$article", "$entity", "$start", "$end", "$text");
        var insertStory = Command(connection, transaction, "INSERT INTO Stories (Id, Title, CreatedAt) VALUES ($id, $title, $created)", "$id", "$title", "$created");
        var day = new DateTime(2020, 1, 1, 6, 0, 0, DateTimeKind.Utc);
        while (articleId < articles)
        {
            var size = Math.Min(articles - articleId, 1 + (int)Math.Floor(Math.Pow(_random.NextDouble(), 2) * 6));
            var storyEntities = Enumerable.Range(0, 3).Select(_ => RareEntity()).Concat([CommonEntity(), CommonEntity()]).ToArray();
            var storySentences = Enumerable.Range(0, 6).Select(_ => _sentences[_random.Next(_sentences.Length)]).ToArray();
            int? story = null;
            if (size > 1)
            {
                story = ++storyId;
                Set(insertStory, story, $"Story {story}", day);
                await insertStory.ExecuteNonQueryAsync(cancellationToken);
            }

            for (var i = 0; i < size; i++)
            {
                articleId++;
                var (title, text, mentions) = Article(storyEntities, storySentences);
                var counts = ContentTerms.Count(text);
                foreach (var term in counts.Keys)
                {
                    _termArticles[term] = _termArticles.GetValueOrDefault(term) + 1;
                }

                foreach (var entity in mentions.Select(m => m.EntityId).Distinct())
                {
                    _entityArticles[entity]++;
                }

                var published = day.AddHours(i * 5);
                Set(insertArticle, articleId, title, $"Outlet {_random.Next(1, 400)}", published, $"synthetic/{articleId}", text, $"synthetic-{articleId}", published, story,
                    ContentTerms.Format(ContentTerms.Top(counts)));
                await insertArticle.ExecuteNonQueryAsync(cancellationToken);
                foreach (var (entity, start, end) in mentions)
                {
                    Set(insertMention, articleId, entity, start, end, text[start..end]);
                    await insertMention.ExecuteNonQueryAsync(cancellationToken);
                }

                if (articleId % Batch == 0)
                {
                    await transaction.CommitAsync(cancellationToken);
                    transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                    insertArticle.Transaction = insertMention.Transaction = insertStory.Transaction = transaction;
                    Console.Error.Write($"\r  {articleId:N0} of {articles:N0} articles, {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            day = day.AddMinutes(2);
        }

        await transaction.CommitAsync(cancellationToken);
        Console.Error.WriteLine($"\r  {articleId:N0} articles written in {watch.Elapsed.TotalSeconds:F0} s");
        await WriteCountsAsync(connection, cancellationToken);
        await ExecuteAsync(connection, "ANALYZE;", cancellationToken);
    }

    private (string Title, string Text, List<(int EntityId, int Start, int End)> Mentions) Article(int[] storyEntities, string[] storySentences)
    {
        var text = new System.Text.StringBuilder();
        var mentions = new List<(int, int, int)>();
        var sentences = 10 + _random.Next(8);
        for (var s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                text.Append(s % 4 == 0 ? "\n\n" : " ");
            }

            var pick = _random.NextDouble();
            if (pick < 0.35)
            {
                AppendTemplate(text, mentions, storyEntities);
            }
            else if (pick < 0.6)
            {
                text.Append(storySentences[_random.Next(storySentences.Length)]);
            }
            else
            {
                text.Append(_sentences[_random.Next(_sentences.Length)]);
            }
        }

        var first = _entities[storyEntities[0] - 1].Name;
        return ($"{first} {Verbs[_random.Next(Verbs.Length)]}s {_entities[storyEntities[1] - 1].Name} as talks go on", text.ToString(), mentions);
    }

    private void AppendTemplate(System.Text.StringBuilder text, List<(int, int, int)> mentions, int[] storyEntities)
    {
        var template = Templates[_random.Next(Templates.Length)];
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '{')
            {
                var close = template.IndexOf('}', i);
                var slot = template[(i + 1)..close];
                if (slot == "V")
                {
                    text.Append(Verbs[_random.Next(Verbs.Length)]);
                }
                else
                {
                    var kind = slot[0] switch { 'P' => EntityKind.Person, 'L' => EntityKind.Place, 'O' => EntityKind.Organization, _ => EntityKind.Event };
                    var entity = PickOfKind(kind, storyEntities);
                    var start = text.Length;
                    text.Append(_entities[entity - 1].Name);
                    mentions.Add((entity, start, text.Length));
                }

                i = close + 1;
            }
            else
            {
                text.Append(template[i++]);
            }
        }
    }

    private int PickOfKind(EntityKind kind, int[] storyEntities)
    {
        var story = storyEntities.Where(e => _entities[e - 1].Kind == kind).ToList();
        if (story.Count > 0 && _random.NextDouble() < 0.7)
        {
            return story[_random.Next(story.Count)];
        }

        for (var tries = 0; ; tries++)
        {
            var entity = _random.NextDouble() < 0.5 ? CommonEntity() : RareEntity();
            if (_entities[entity - 1].Kind == kind || tries > 50)
            {
                return entity;
            }
        }
    }

    /// <summary>An entity from the head of the Zipf law: a few hundred names carry much of the mentions.</summary>
    private int CommonEntity() => 1 + (int)Math.Min(EntityPool - 1, Math.Floor(Math.Pow(_random.NextDouble(), 4) * 2_000));

    /// <summary>An entity from the long tail.</summary>
    private int RareEntity() => 1 + _random.Next(EntityPool);

    private void MakeEntities()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (_entities.Count < EntityPool)
        {
            var pick = _random.NextDouble();
            var kind = pick < 0.4 ? EntityKind.Person : pick < 0.7 ? EntityKind.Place : pick < 0.95 ? EntityKind.Organization : EntityKind.Event;
            var name = kind switch
            {
                EntityKind.Person => $"{Word(2)} {Word(3)}",
                EntityKind.Place => Word(3),
                EntityKind.Organization => $"{Word(2)} {(_random.Next(3) switch { 0 => "Council", 1 => "Party", _ => "Ministry" })}",
                _ => $"{Word(3)} {(_random.Next(2) == 0 ? "flood" : "summit")}",
            };
            if (seen.Add($"{kind}:{EntityNames.Normalize(name)}"))
            {
                _entities.Add((name, kind));
            }
        }
    }

    private string Word(int syllables)
    {
        var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[_random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private async Task WriteEntitiesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var insert = Command(connection, transaction,
            "INSERT INTO Entities (Id, Kind, Name, NormalizedName, KindIsAGuess, ArticleCount) VALUES ($id, $kind, $name, $normal, 0, 0)",
            "$id", "$kind", "$name", "$normal");
        for (var i = 0; i < _entities.Count; i++)
        {
            Set(insert, i + 1, _entities[i].Kind.ToString(), _entities[i].Name, EntityNames.Normalize(_entities[i].Name));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task WriteCountsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var entity = Command(connection, transaction, "UPDATE Entities SET ArticleCount = $count WHERE Id = $id", "$count", "$id");
        for (var i = 1; i <= EntityPool; i++)
        {
            Set(entity, _entityArticles[i], i);
            await entity.ExecuteNonQueryAsync(cancellationToken);
        }

        var term = Command(connection, transaction, "INSERT INTO TermStatistics (Term, Articles) VALUES ($term, $count)", "$term", "$count");
        foreach (var (word, count) in _termArticles)
        {
            Set(term, word, count);
            await term.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string[] SentencesOf(IReadOnlyList<string> texts) =>
        texts.SelectMany(text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            return SentenceSplitter.Split(text, tokens).Select(range =>
            {
                var (offset, length) = range.GetOffsetAndLength(tokens.Count);
                return text[tokens[offset].Start..tokens[offset + length - 1].End];
            });
        })
        .Where(s => s.Length is >= 40 and <= 300 && !s.Contains('\n', StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
