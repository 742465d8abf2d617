using NewsReader.Nlp.Tokenization;
using NewsReader.Text;

namespace NewsReader.Comparison;

/// <summary>One sentence of an article: where it is, its text, the entities it names and its content terms.</summary>
public sealed record ArticleSentence(int Index, int Start, int End, string Text, IReadOnlySet<int> Entities, IReadOnlyDictionary<string, int> Terms);

/// <summary>An article's sentences, with the entities mentioned in each (by offsets).</summary>
public static class ArticleSentences
{
    public static List<ArticleSentence> Of(ComparedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = Tokenizer.Tokenize(article.Text);
        var sentences = new List<ArticleSentence>();

        // Sentences and mentions both run in text order: one pass over each, however many there are.
        var mentions = article.Mentions.OrderBy(m => m.Start).ToList();
        var next = 0;
        foreach (var range in SentenceSplitter.Split(article.Text, tokens))
        {
            var (offset, length) = range.GetOffsetAndLength(tokens.Count);
            var (start, end) = (tokens[offset].Start, tokens[offset + length - 1].End);
            var text = article.Text[start..end];
            while (next < mentions.Count && mentions[next].Start < start)
            {
                next++;
            }

            var entities = new HashSet<int>();
            for (var m = next; m < mentions.Count && mentions[m].Start < end; m++)
            {
                if (mentions[m].End <= end)
                {
                    entities.Add(mentions[m].EntityId);
                }
            }

            sentences.Add(new ArticleSentence(sentences.Count, start, end, text, entities, ContentTerms.Count(text)));
        }

        return sentences;
    }
}
