using NewsReader.Nlp.Tagging;

namespace NewsReader.Entities.Recognition;

/// <summary>A company named by its stock, through the whole recognizer on text written here.</summary>
public sealed class StockNamesTests
{
    private static readonly Lazy<TaggerEntityRecognizer> Recognizer =
        new(() => new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded()));

    // The tagger leaves each of these companies unread at the start of a sentence.
    [Theory]
    [InlineData("Nvidia shares rose 5% on Monday.", "Nvidia")]
    [InlineData("Boeing stock fell after the crash.", "Boeing")]
    [InlineData("Boeing's shares slid on Friday.", "Boeing")]
    public void Unread_capitalised_words_before_a_word_for_stock_name_a_company(string text, string company) =>
        Recognizer.Value.Recognize(text).Should().ContainSingle(m => m.Text == company).Which.Kind.Should().Be(EntityKind.Organization);

    [Fact]
    public void A_name_joined_to_the_company_by_and_before_a_word_for_stock_is_a_company_too()
    {
        // The tagger reads "Korvath" as a person and "Brindlex" as an organisation.
        var mentions = Recognizer.Value.Recognize("Korvath and Brindlex shares fell 2% on Monday.");

        mentions.Should().Contain(m => m.Text == "Korvath" && m.Kind == EntityKind.Organization);
        mentions.Should().Contain(m => m.Text == "Brindlex" && m.Kind == EntityKind.Organization);
    }

    [Theory]
    [InlineData("Energy shares fell as oil prices dropped.")] // an everyday word opening a sentence
    [InlineData("European shares rose on Monday.")] // a demonym
    [InlineData("Investors bought shares of the company.")]
    public void Words_before_shares_that_name_no_company_name_none(string text) =>
        Recognizer.Value.Recognize(text).Should().NotContain(m => m.Kind == EntityKind.Organization);

    [Fact]
    public void An_everyday_word_opening_a_sentence_names_the_company_the_article_also_writes_capitalised()
    {
        var mentions = Recognizer.Value.Recognize("Target shares rose 4% on Tuesday. Analysts said demand at the Target outlets held up.");

        mentions.Should().Contain(m => m.Text == "Target" && m.Start == 0 && m.Kind == EntityKind.Organization);
    }
}
