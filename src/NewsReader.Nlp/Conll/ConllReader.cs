namespace NewsReader.Nlp.Conll;

/// <summary>
/// Reads CoNLL-style files: a token per line, the token first and the gold tag last (space- or tab-separated,
/// any columns between), blank lines between sentences, -DOCSTART- lines between documents. IOB1 tags are
/// converted to BIO, so "I-PER" opening an entity reads as "B-PER".
/// </summary>
public static class ConllReader
{
    private static readonly char[] Separators = [' ', '\t'];

    public static ConllFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllLines(path));
    }

    public static ConllFile Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var documents = new List<ConllDocument>();
        var sentences = new List<IReadOnlyList<ConllToken>>();
        var sentence = new List<ConllToken>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }

            var columns = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-")
            {
                EndSentence();
                EndDocument();
                continue;
            }

            var tag = columns.Length > 1 ? columns[^1] : "O";
            var previous = sentence.Count > 0 ? sentence[^1].GoldTag : "O";
            sentence.Add(new ConllToken(columns[0], ToBio(tag, previous), i));
        }

        EndSentence();
        EndDocument();
        return new ConllFile(lines, documents);

        void EndSentence()
        {
            if (sentence.Count > 0)
            {
                sentences.Add(sentence);
                sentence = [];
            }
        }

        void EndDocument()
        {
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument(sentences));
                sentences = [];
            }
        }
    }

    /// <summary>An I- tag that does not continue an entity of its type opens one (IOB1 to BIO).</summary>
    internal static string ToBio(string tag, string previousBio)
    {
        if (tag == "O" || tag.StartsWith("B-", StringComparison.Ordinal))
        {
            return tag;
        }

        if (!tag.StartsWith("I-", StringComparison.Ordinal))
        {
            throw new FormatException($"not an IOB tag: '{tag}'");
        }

        var type = tag[2..];
        return previousBio.Length > 2 && previousBio[2..] == type ? tag : "B-" + type;
    }
}
