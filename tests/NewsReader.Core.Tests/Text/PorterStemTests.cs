using Microsoft.Data.Sqlite;

namespace NewsReader.Text;

public sealed class PorterStemTests
{
    /// <summary>Words with the stems Porter's paper gives them, a few for each step.</summary>
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("triplicate", "triplic")]
    [InlineData("replacement", "replac")]
    [InlineData("adoption", "adopt")]
    [InlineData("controlling", "control")]
    [InlineData("defenses", "defens")]
    [InlineData("defense", "defens")]
    [InlineData("at", "at")]
    [InlineData("café", "café")]
    public void Words_stem_as_the_algorithm_says(string word, string stem) => PorterStem.Of(word).Should().Be(stem);

    [Fact]
    public void Stems_are_the_ones_sqlite_indexes_with_its_porter_tokenizer()
    {
        string[] words =
        [
            "talks", "talking", "talked", "offensive", "offensives", "negotiations", "negotiating", "defenses", "defense",
            "ceasefire", "strikes", "hostages", "elections", "humanitarian", "militants", "reported", "killing", "happily",
            "generalization", "effective", "communities", "officials", "announced", "hopeful", "responsibility", "crossing",
        ];
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row');";
            create.ExecuteNonQuery();
        }

        var indexed = new Dictionary<string, string>();
        foreach (var word in words)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "DELETE FROM t; INSERT INTO t(x) VALUES ($word); SELECT term FROM v;";
            insert.Parameters.AddWithValue("$word", word);
            indexed[word] = (string)insert.ExecuteScalar()!;
        }

        words.ToDictionary(w => w, PorterStem.Of).Should().Equal(indexed);
    }
}
