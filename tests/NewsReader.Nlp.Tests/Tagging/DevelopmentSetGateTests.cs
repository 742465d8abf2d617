using NewsReader.Nlp.Conll;
using NewsReader.TestSupport;

namespace NewsReader.Nlp.Tagging;

/// <summary>The committed model's quality on CoNLL-2003's development set: a CI gate (issue 3 asks F1 of at least 93.0).</summary>
public sealed class DevelopmentSetGateTests
{
    [SharedDataFact]
    public void The_committed_model_scores_at_least_93_F1_on_eng_testa()
    {
        var file = ConllReader.Read(Path.Combine(RepositoryPaths.Shared!, "data", "conll2003", "eng.testa"));

        var score = ConllTagging.Tag(EntityTaggerModel.LoadEmbedded(), file).Score;

        score.Overall.F1.Should().BeGreaterThanOrEqualTo(0.930);
        score.Types.Should().Equal("LOC", "MISC", "ORG", "PER");
    }
}
