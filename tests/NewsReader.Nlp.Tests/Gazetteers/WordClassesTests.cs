namespace NewsReader.Nlp.Gazetteers;

public sealed class WordClassesTests
{
    private static readonly WordClasses Classes = WordClasses.Parse(["# comment", "council\tnoun.group", "bridge\tnoun.artifact", "say\tverb.communication", "study\tnoun.act"]);

    [Theory]
    [InlineData("Council", "noun.group")]
    [InlineData("bridges", "noun.artifact")]
    [InlineData("studies", "noun.act")]
    [InlineData("said", "")]
    [InlineData("Frankcom", "")]
    public void A_word_has_the_name_of_its_class_in_any_case_and_regular_inflection(string word, string name) =>
        Classes.ClassNameOf(word).Should().Be(name);
}
