namespace NewsReader.Entities.Linking;

public sealed class NameSpellingsTests
{
    [Theory]
    [InlineData("ebrahim raisi", "ebrahim raeisi")]
    [InlineData("alexei navalny", "alexey navalny")]
    [InlineData("ismail haniyeh", "ismael haniyeh")]
    [InlineData("hossein amir-abdollahian", "hossein amirabdollahian")]
    [InlineData("mohammad reza zahedi", "mohamad reza zahedi")]
    [InlineData("hossein akbari", "hossein akbar")]
    [InlineData("john kennedy", "john f kennedy")]
    [InlineData("maria elena santos", "maria santos")]
    public void Transliterations_and_middle_names_of_one_name_are_variants(string first, string second)
    {
        NameSpellings.AreVariants(first, second).Should().BeTrue();
        NameSpellings.AreVariants(second, first).Should().BeTrue();
    }

    [Theory]
    [InlineData("maria garcia", "mario garcia")]
    [InlineData("john smith", "joan smith")]
    [InlineData("jake sullivan", "dan sullivan")]
    [InlineData("netanyahu", "netanhayu")]
    [InlineData("ebrahim raisi", "ebrahim raisi")]
    [InlineData("alexei navalny", "yulia navalnaya")]
    [InlineData("ebrahim raisi", "ebrahim raisi jr")]
    [InlineData("george h w bush", "george w bush")]
    public void Different_people_single_words_and_equal_names_are_not_variants(string first, string second)
    {
        NameSpellings.AreVariants(first, second).Should().BeFalse();
    }

    [Theory]
    [InlineData("east azarbaijan", "east azerbaijan")]
    [InlineData("deir al-balah", "deir al-baleh")]
    [InlineData("north vardania", "north vardenia")]
    public void Place_names_of_two_words_or_more_differing_in_one_long_word_by_a_letter_are_variants(string first, string second)
    {
        NameSpellings.ArePlaceVariants(first, second).Should().BeTrue();
        NameSpellings.ArePlaceVariants(second, first).Should().BeTrue();
    }

    [Theory]
    [InlineData("deir al-balah", "deir al balah")]
    [InlineData("kafr qasim", "kafr-qasim")]
    public void Place_names_differing_only_in_hyphens_and_spaces_are_variants(string first, string second)
    {
        NameSpellings.ArePlaceVariants(first, second).Should().BeTrue();
        NameSpellings.ArePlaceVariants(second, first).Should().BeTrue();
    }

    [Theory]
    [InlineData("mali", "bali")]
    [InlineData("austria", "australia")]
    [InlineData("north korea", "south korea")]
    [InlineData("west virginia", "west virginia")]
    [InlineData("new york", "new york city")]
    [InlineData("saint kitts", "saint lucia")]
    public void Lone_words_short_words_other_words_and_equal_names_are_not_place_variants(string first, string second)
    {
        NameSpellings.ArePlaceVariants(first, second).Should().BeFalse();
    }
}
