using NewsReader.Nlp.Tagging;

namespace NewsReader.Entities.Recognition;

/// <summary>Broadcasters named with their channel's number, through the whole recognizer on text written here.</summary>
public sealed class ChannelNamesTests
{
    private static readonly Lazy<TaggerEntityRecognizer> Recognizer =
        new(() => new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded()));

    // The tagger reads "Telemundo" and "Russia" without their numbers.
    [Theory]
    [InlineData("The mother told Telemundo 44 her son was missing.", "Telemundo 44")]
    [InlineData("The public television channel Russia 24 said on Sunday that the fire was out.", "Russia 24")]
    public void A_number_after_a_broadcaster_is_part_of_its_name(string text, string broadcaster) =>
        Recognizer.Value.Recognize(text).Should().ContainSingle(m => m.Text == broadcaster).Which.Kind.Should().Be(EntityKind.Organization);

    [Theory]
    [InlineData("Leaders of NATO 32 members met in Vilnius.", "NATO")] // a number counting something
    [InlineData("Reporters from Reuters 3 days later confirmed it.", "Reuters")] // a number counting something
    [InlineData("The fighting in Russia 24 hours earlier had stopped.", "Russia")] // no word for a broadcaster before it
    public void A_number_that_counts_something_or_follows_no_broadcaster_stays_apart(string text, string name) =>
        Recognizer.Value.Recognize(text).Should().Contain(m => m.Text == name).And.NotContain(m => m.Text.StartsWith(name + " ", StringComparison.Ordinal));
}
