namespace NewsReader.Entities.Recognition;

public sealed class PieceIndexTests
{
    private static NamePiece Piece(int start, int end, string surface) => new(start, end, start * 10, end * 10, surface, EntityKind.Place, surface);

    [Fact]
    public void Finds_the_names_at_and_around_a_token()
    {
        var bridge = Piece(2, 4, "Key Bridge");
        var town = Piece(5, 6, "Dundalk");
        var index = new PieceIndex([bridge, town], tokenCount: 8);

        index.Covers(3).Should().BeTrue();
        index.Covers(4).Should().BeFalse();
        index.StartsAt(2).Should().BeTrue();
        index.StartsAt(3).Should().BeFalse();
        index.StartsAt(8).Should().BeFalse("a token past the end starts nothing");
        index.EndingAt(4).Should().BeSameAs(bridge);
        index.EndingAt(5).Should().BeNull();
        index.EndingAt(0).Should().BeNull();
        index.Touching(3, 6).Should().Equal(bridge, town);
    }

    [Fact]
    public void The_first_name_found_is_the_one_ending_at_a_token_when_two_end_there()
    {
        var wide = Piece(1, 4, "Francis Scott Key");
        var narrow = Piece(3, 4, "Key");
        var index = new PieceIndex([wide, narrow], tokenCount: 5);

        index.EndingAt(4).Should().BeSameAs(wide);
    }

    [Fact]
    public void Added_and_removed_names_are_seen_at_once_and_reach_the_list_on_commit()
    {
        var tagged = Piece(0, 1, "Md");
        var other = Piece(0, 1, "Md");
        var pieces = new List<NamePiece> { tagged, other };
        var index = new PieceIndex(pieces, tokenCount: 3);
        var state = Piece(0, 2, "Md.");

        index.Remove(tagged);
        index.Add(state);

        index.Touching(0, 1).Should().HaveCount(2).And.Contain(p => ReferenceEquals(p, other)).And.Contain(p => ReferenceEquals(p, state));
        index.Covers(1).Should().BeTrue();
        pieces.Should().HaveCount(3, "a removal waits for the commit");

        index.Commit();

        pieces.Should().HaveCount(2);
        pieces.Should().Contain(p => ReferenceEquals(p, other), "a name equal in value to the removed one is not removed with it");
        pieces.Should().Contain(p => ReferenceEquals(p, state));
    }
}
