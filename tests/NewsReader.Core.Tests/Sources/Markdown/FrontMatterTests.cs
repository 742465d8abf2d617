namespace NewsReader.Sources.Markdown;

public sealed class FrontMatterTests
{
    private static FrontMatter Read(string block) => FrontMatter.Split("---\n" + block + "\n---\nBody.").FrontMatter;

    [Theory]
    [InlineData("title: null")]
    [InlineData("title: ~")]
    [InlineData("title:")]
    [InlineData("title: NULL")]
    [InlineData("title:    # only a comment")]
    public void Yaml_null_means_absent(string line) => Read(line)["title"].Should().BeNull();

    [Fact]
    public void A_quoted_null_is_the_word() => Read("title: \"null\"")["title"].Should().Be("null");

    [Theory]
    [InlineData(@"title: ""\u2018Quoted\u2019 words""", "\u2018Quoted\u2019 words")]
    [InlineData(@"title: ""Caf\xE9 \""Rossi\"" \\ tab\there""", "Caf\u00E9 \"Rossi\" \\ tab\there")]
    [InlineData(@"title: ""Emoji \U0001F600 and \uD83D\uDE00""", "Emoji \U0001F600 and \U0001F600")]
    [InlineData(@"title: ""Unknown \q stays""", @"Unknown \q stays")]
    [InlineData("title: 'It''s here' ", "It's here")]
    [InlineData("title: Plain words # and a comment", "Plain words")]
    [InlineData("title: Plain#hash stays", "Plain#hash stays")]
    public void Values_are_read_as_yaml_scalars(string line, string value) => Read(line)["title"].Should().Be(value);

    [Fact]
    public void Keys_are_case_insensitive_and_the_first_wins() =>
        Read("Title: First\ntitle: Second")["TITLE"].Should().Be("First");
}
