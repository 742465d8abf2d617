namespace NewsReader.Entities.Recognition;

public sealed class EventWordsTests
{
    [Theory]
    [InlineData("israel drone and missile attack", "israel attack")]
    [InlineData("israel airborne attack", "israel attack")]
    [InlineData("israel attacks", "israel attack")]
    [InlineData("damascus air strike", "damascus attack")]
    [InlineData("november 5, 2024 presidential election", "november 5 election")]
    [InlineData("november 5 election", "november 5 election")]
    [InlineData("masoud pezeshkian swearing-in ceremony", "masoud pezeshkian inauguration")]
    [InlineData("israel hamas conflict", "israel hamas war")]
    [InlineData("1988 massacre", "1988 massacre")]
    [InlineData("oct 7 attack", "october 7 attack")]
    [InlineData("rafah military operation", "rafah offensive")]
    [InlineData("rafah invasion", "rafah offensive")]
    public void Outlets_names_for_one_event_meet_on_one_key(string name, string key)
    {
        EventWords.LinkingKey(name).Should().Be(key);
    }

    [Fact]
    public void A_case_with_and_without_a_middle_initial_is_one_key() =>
        EventWords.LinkingKey("people of the state of ohio v mark j ellison").Should().Be(EventWords.LinkingKey("people of the state of ohio v mark ellison"));

    [Fact]
    public void Different_places_and_happenings_keep_different_keys()
    {
        EventWords.LinkingKey("rafah ground offensive").Should().NotBe(EventWords.LinkingKey("rafah attack"));
        EventWords.LinkingKey("iran attack").Should().NotBe(EventWords.LinkingKey("israel attack"));
    }
}
