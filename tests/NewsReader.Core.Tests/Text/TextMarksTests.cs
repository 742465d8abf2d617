namespace NewsReader.Text;

public sealed class TextMarksTests
{
    private const char S = TextMarks.Start;
    private const char E = TextMarks.End;

    [Fact]
    public void Spans_are_marked_in_text_order_and_overlapping_ones_joined()
    {
        TextMarks.Mark("Biden met Joe Biden.", [(10, 19), (0, 5), (14, 19)]).Should().Be($"{S}Biden{E} met {S}Joe Biden{E}.");
    }

    [Fact]
    public void Mark_characters_in_the_text_itself_are_never_marks()
    {
        TextMarks.Mark($"a{S}b{E}c", [(0, 1)]).Should().Be($"{S}a{E}\uFFFDb\uFFFDc");
    }

    [Fact]
    public void Spans_past_the_text_are_cut_to_it()
    {
        TextMarks.Mark("short", [(3, 40), (-2, 1)]).Should().Be($"{S}s{E}ho{S}rt{E}");
    }
}
