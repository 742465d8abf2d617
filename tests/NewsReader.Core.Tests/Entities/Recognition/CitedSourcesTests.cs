using NewsReader.Nlp.Tagging;

namespace NewsReader.Entities.Recognition;

/// <summary>An outlet or institution cited as a source, through the whole recognizer on text written here.</summary>
public sealed class CitedSourcesTests
{
    private static readonly Lazy<TaggerEntityRecognizer> Recognizer =
        new(() => new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded()));

    // The tagger reads "Guardian" and "SITE" here as MISC and leaves "Athletic" unread.
    [Theory]
    [InlineData("The fire spread quickly, the Guardian reported.", "Guardian", "The Guardian")]
    [InlineData("Fans were angry at the decision, the Athletic reported on Sunday.", "Athletic", "Athletic")]
    [InlineData("The video was shared widely, according to the SITE intelligence group.", "SITE", "SITE")]
    public void Capitalised_words_that_the_opens_and_a_verb_of_saying_closes_name_an_organisation(string text, string surface, string canonical) =>
        Recognizer.Value.Recognize(text).Should().ContainSingle(m => m.Text == surface)
            .Which.Should().Match<RecognizedMention>(m => m.Kind == EntityKind.Organization && m.CanonicalName == canonical);

    [Theory]
    [InlineData("After the vote the Americans said nothing more.")] // people of a nation
    [InlineData("The bill stalled, the Republicans said.")] // people of a party, which the tagger reads as MISC
    [InlineData("The treaty holds, according to the Geneva Protocol.")] // a treaty's name
    [InlineData("He left on the Monday said to be the hottest of the year.")] // a day
    public void Names_of_no_source_are_left_as_read(string text) =>
        Recognizer.Value.Recognize(text).Should().NotContain(m => m.Kind == EntityKind.Organization && !m.OnlyIfKnown);
}
