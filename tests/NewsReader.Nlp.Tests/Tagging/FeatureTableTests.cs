namespace NewsReader.Nlp.Tagging;

public sealed class FeatureTableTests
{
    [Fact]
    public void Keys_get_dense_rows_that_survive_growth()
    {
        var table = new FeatureTable(capacity: 4);
        var keys = Enumerable.Range(1, 1000).Select(i => FeatureHash.Key(i % 7, (ulong)i)).ToList();

        var rows = keys.Select(table.FindOrAdd).ToList();

        rows.Should().Equal(Enumerable.Range(0, 1000));
        table.FindOrAdd(0).Should().Be(1000, "zero, the empty-slot marker, is stored as a key of its own");
        table.Find(0).Should().Be(1000);
        keys.Select(table.Find).Should().Equal(rows);
        table.Find(FeatureHash.Key(99, 12345)).Should().Be(-1);
        table.KeysByRow().Take(1000).Should().Equal(keys);
    }

    [Fact]
    public void Hashes_are_stable_across_runs()
    {
        FeatureHash.OfLower("NETANYAHU").Should().Be(FeatureHash.Of("netanyahu"));
        FeatureHash.Of("a").Should().Be(0xAF63DC4C8601EC8CUL, "FNV-1a of 'a' is a published constant");
    }
}
