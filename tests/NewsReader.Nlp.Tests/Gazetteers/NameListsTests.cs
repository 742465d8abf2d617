namespace NewsReader.Nlp.Gazetteers;

public sealed class NameListsTests
{
    private static readonly NameLists Lists = NameLists.FromLists(new Dictionary<NameList, IEnumerable<string>>
    {
        [NameList.Locations] = ["New York", "York", "# a comment"],
        [NameList.Organizations] = ["New York Times"],
        [NameList.TitleWords] = ["spokeswoman"],
        [NameList.FirstNames] = ["Lloyd"],
    });

    private static int Begin(NameList list) => 1 << ((int)list * NameLists.BitsPerList);

    private static int Inside(NameList list) => 1 << (((int)list * NameLists.BitsPerList) + 1);

    [Fact]
    public void The_longest_phrase_of_each_list_marks_its_tokens()
    {
        var masks = Lists.Match(["The", "New", "York", "Times", "spokeswoman", "said"]);

        masks[1].Should().Be(Begin(NameList.Locations) | Begin(NameList.Organizations));
        masks[2].Should().Be(Inside(NameList.Locations) | Inside(NameList.Organizations) | Begin(NameList.Locations));
        masks[3].Should().Be(Inside(NameList.Organizations));
        masks[4].Should().Be(Begin(NameList.TitleWords));
        masks[5].Should().Be(0);
    }

    [Fact]
    public void Names_match_whatever_the_case_but_only_on_capitalised_tokens()
    {
        Lists.Match(["NEW", "YORK"])[0].Should().Be(Begin(NameList.Locations));
        Lists.Match(["new", "york"]).Should().OnlyContain(m => m == 0);
    }

    [Fact]
    public void The_embedded_lists_load_and_know_common_names()
    {
        var lists = NameLists.LoadEmbedded();

        lists.Match(["Germany"])[0].Should().Be(Begin(NameList.Locations));
        (lists.Match(["John"])[0] & Begin(NameList.FirstNames)).Should().NotBe(0);
        lists.Fingerprint.Should().NotBe(NameLists.Empty.Fingerprint);
    }

    [Fact]
    public void A_list_holds_a_word_whatever_its_case()
    {
        Lists.Holds(NameList.FirstNames, "Lloyd").Should().BeTrue();
        Lists.Holds(NameList.FirstNames, "LLOYD").Should().BeTrue();
        Lists.Holds(NameList.FirstNames, "York").Should().BeFalse();
        Lists.Holds(NameList.Locations, "York").Should().BeTrue();
    }
}
