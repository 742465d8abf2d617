using NewsReader.Nlp.Conll;
using NewsReader.Nlp.Gazetteers;
using NewsReader.Nlp.Training;

namespace NewsReader.Nlp.Tagging;

public sealed class EntityTaggerModelTests
{
    /// <summary>A tiny corpus in which capitalised words after "Mr" are people and after "in" places.</summary>
    private static ConllFile Corpus(params string[] people) =>
        ConllReader.Parse(people.SelectMany(name => new[]
        {
            "-DOCSTART- O", "",
            "Mr O", $"{name} B-PER", "flew O", "to O", "Paris B-LOC", ". O", "",
            $"{name} B-PER", "stayed O", "in O", "Rome B-LOC", ". O",
        }).ToArray());

    private static readonly NameLists Names = NameLists.FromLists(new Dictionary<NameList, IEnumerable<string>>
    {
        [NameList.Locations] = ["Paris", "Rome", "Oslo"],
    });

    [Fact]
    public void A_trained_model_learns_the_corpus_and_generalises_a_little()
    {
        var model = new PerceptronTrainer(Names).Train(Corpus("Smith", "Jones", "Brown"), Corpus("Wilson"), epochs: 5, twoStages: true);

        var tags = model.Tag([["Mr", "Taylor", "flew", "to", "Oslo", "."]]);

        tags[0].Select(t => EntityTags.Names[t]).Should().Equal("O", "B-PER", "O", "O", "B-LOC", "O");
    }

    [Fact]
    public void Saving_and_loading_gives_the_same_tags_and_the_same_bytes()
    {
        var model = new PerceptronTrainer(Names).Train(Corpus("Smith", "Jones"), Corpus("Wilson"), epochs: 3, twoStages: true);
        using var first = new MemoryStream();
        EntityTaggerModelFile.Write(model, first);

        first.Position = 0;
        var loaded = EntityTaggerModelFile.Read(first, Names);
        using var second = new MemoryStream();
        EntityTaggerModelFile.Write(loaded, second);

        var sentence = new[] { "Mr", "Wilson", "stayed", "in", "Rome", "." };
        loaded.Tag([sentence]).Should().BeEquivalentTo(model.Tag([sentence]), o => o.WithStrictOrdering());
        second.ToArray().Should().Equal(first.ToArray());
    }

    [Fact]
    public void Training_twice_on_the_same_data_gives_the_same_model()
    {
        byte[] Train()
        {
            using var stream = new MemoryStream();
            EntityTaggerModelFile.Write(new PerceptronTrainer(Names).Train(Corpus("Smith", "Jones"), Corpus("Wilson"), 3, twoStages: true), stream);
            return stream.ToArray();
        }

        Train().Should().Equal(Train());
    }

    [Fact]
    public void A_model_refuses_name_lists_it_was_not_trained_with()
    {
        var model = new PerceptronTrainer(Names).Train(Corpus("Smith"), Corpus("Wilson"), 1, twoStages: false);
        using var stream = new MemoryStream();
        EntityTaggerModelFile.Write(model, stream);
        stream.Position = 0;

        var act = () => EntityTaggerModelFile.Read(stream, NameLists.Empty);

        act.Should().Throw<InvalidDataException>().WithMessage("*other name lists*");
    }
}
