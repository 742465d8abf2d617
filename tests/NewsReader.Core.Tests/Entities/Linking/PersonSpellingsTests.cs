namespace NewsReader.Entities.Linking;

public sealed class PersonSpellingsTests
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
        PersonSpellings.AreVariants(first, second).Should().BeTrue();
        PersonSpellings.AreVariants(second, first).Should().BeTrue();
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
        PersonSpellings.AreVariants(first, second).Should().BeFalse();
    }
}
