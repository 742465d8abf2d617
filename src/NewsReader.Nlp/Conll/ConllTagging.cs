using NewsReader.Nlp.Tagging;

namespace NewsReader.Nlp.Conll;

/// <summary>Tags every document of a CoNLL file with a model, scores it, and writes predictions back as a column.</summary>
public static class ConllTagging
{
    /// <summary>The predicted BIO tag of every token line, by line number; and the score against the gold tags.</summary>
    public static (IReadOnlyDictionary<int, string> Predicted, EntityScore Score) Tag(EntityTaggerModel model, ConllFile file)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(file);
        var predicted = new Dictionary<int, string>(file.TokenCount);
        var score = new EntityScore();
        foreach (var document in file.Documents)
        {
            var tags = model.Tag(document.Words);
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                var sentence = document.Sentences[s];
                var names = tags[s].Select(t => EntityTags.Names[t]).ToArray();
                for (var i = 0; i < sentence.Count; i++)
                {
                    predicted[sentence[i].Line] = names[i];
                }

                score.Add(sentence.Select(t => t.GoldTag).ToArray(), names);
            }
        }

        return (predicted, score);
    }

    /// <summary>Each input line with the predicted tag appended as a new last column; blank and -DOCSTART- lines as they were.</summary>
    public static void WritePredictions(ConllFile file, IReadOnlyDictionary<int, string> predicted, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(output);
        for (var i = 0; i < file.Lines.Count; i++)
        {
            var line = file.Lines[i].TrimEnd('\r');
            output.WriteLine(predicted.TryGetValue(i, out var tag) ? line + (line.Contains('\t', StringComparison.Ordinal) ? "\t" : " ") + tag : line);
        }
    }
}
