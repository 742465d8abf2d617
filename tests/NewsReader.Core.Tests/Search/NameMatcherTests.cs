using NewsReader.Entities;
using NewsReader.Text;

namespace NewsReader.Search;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("Benjamin Netanyahu", "benjamin netanyahu", NameMatch.Exact)]
    [InlineData("Benjamin Netanyahu", "Benj", NameMatch.Prefix)]
    [InlineData("Benjamin Netanyahu", "netan", NameMatch.WordPrefix)]
    [InlineData("Karine Jean-Pierre", "pierre", NameMatch.Contains)]
    [InlineData("Benjamin Netanyahu", "Netanhayu", NameMatch.Fuzzy)]
    [InlineData("Benjamin Netanyahu", "Netanyahou", NameMatch.Fuzzy)]
    [InlineData("Volodymyr Zelenskyy", "zelensky", NameMatch.WordPrefix)]
    [InlineData("Volodymyr Zelenskyy", "Zelenskiy", NameMatch.Fuzzy)]
    [InlineData("Joe Biden", "Bidne", NameMatch.Fuzzy)]
    [InlineData("Raleigh", "Rafah", NameMatch.None)]
    [InlineData("Iran", "Iraq", NameMatch.None)]
    [InlineData("São Paulo", "sao paulo", NameMatch.Exact)]
    public void Names_are_graded_by_how_they_match(string name, string query, NameMatch expected)
    {
        NameMatcher.Grade(EntityNames.Normalize(name), EntityNames.Normalize(query)).Should().Be(expected);
    }

    [Theory]
    [InlineData("netanyahu", "netanhayu", 2)]
    [InlineData("biden", "bidne", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abcdef", "a", 3)]
    public void Edit_distance_counts_swaps_as_one_and_stops_past_its_bound(string a, string b, int expected)
    {
        EditDistance.Within(a, b, bound: 2).Should().Be(Math.Min(expected, 3));
    }
}
