namespace NewsReader.Entities;

public sealed class EntityNamesTests
{
    [Theory]
    [InlineData("U.S.", "us")]
    [InlineData("  Benjamin   Netanyahu ", "benjamin netanyahu")]
    [InlineData("Pezeshkián", "pezeshkian")]
    [InlineData("Washington, D.C.", "washington, dc")]
    [InlineData("Iran’s", "iran's")]
    public void Names_fold_case_accents_dots_and_spacing(string name, string normal)
    {
        EntityNames.Normalize(name).Should().Be(normal);
    }
}
