using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using NewsReader.Nlp.Gazetteers;

namespace NewsReader.Nlp.Tagging;

/// <summary>
/// The model's file format: Brotli over a header and each stage's transitions, feature keys (in key order) and
/// weights as half-precision floats. Features whose weights all round to zero are left out. The same model
/// always gives the same bytes.
/// </summary>
public static class EntityTaggerModelFile
{
    private const string Magic = "NRNER";
    private const int Version = 2;
    private const int T = 9;

    /// <summary>
    /// Writes the model; returns the number of compressed bytes written. Features none of whose weights reaches
    /// <paramref name="pruneBelow"/> in size are left out: they barely move a score, and a smaller table is faster.
    /// </summary>
    public static long Write(EntityTaggerModel model, Stream output, float pruneBelow = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var start = output.CanSeek ? output.Position : 0;
        using (var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(T);
            writer.Write(model.Names.Fingerprint);
            writer.Write(model.Second is null ? 1 : 2);
            WriteStage(writer, model.First, pruneBelow);
            if (model.Second is not null)
            {
                WriteStage(writer, model.Second, pruneBelow);
            }
        }

        return output.CanSeek ? output.Position - start : -1;
    }

    /// <summary>Reads a model written by <see cref="Write"/>; its name lists must be the ones it was trained with.</summary>
    public static EntityTaggerModel Read(Stream input, NameLists names)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(names);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("not an entity tagger model of this version");
        }

        var tags = reader.ReadInt32();
        if (tags != T)
        {
            throw new InvalidDataException($"the model has {tags} tags, this code {T}");
        }

        if (reader.ReadUInt64() != names.Fingerprint)
        {
            throw new InvalidDataException("the model was trained with other name lists: retrain it (docs/ner.md)");
        }

        var stages = reader.ReadInt32();
        var first = ReadStage(reader);
        var second = stages > 1 ? ReadStage(reader) : null;
        return new EntityTaggerModel(first, second, names);
    }

    private static void WriteStage(BinaryWriter writer, LinearChainModel stage, float pruneBelow)
    {
        foreach (var weight in stage.Transitions)
        {
            writer.Write(weight);
        }

        var keys = stage.Features.KeysByRow();
        var kept = Enumerable.Range(0, keys.Length)
            .Where(row => Enumerable.Range(0, T).Any(t => Math.Abs((float)(Half)stage.Weights[(row * T) + t]) > Math.Max(pruneBelow, 0f) || (pruneBelow <= 0 && (float)(Half)stage.Weights[(row * T) + t] != 0f)))
            .OrderBy(row => keys[row])
            .ToList();
        writer.Write(kept.Count);
        foreach (var row in kept)
        {
            writer.Write(keys[row]);
        }

        foreach (var row in kept)
        {
            for (var t = 0; t < T; t++)
            {
                writer.Write((Half)stage.Weights[(row * T) + t]);
            }
        }
    }

    private static LinearChainModel ReadStage(BinaryReader reader)
    {
        var transitions = new float[(T + 1) * T];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var count = reader.ReadInt32();
        var keys = new ulong[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var table = new FeatureTable(count);
        foreach (var key in keys)
        {
            table.FindOrAdd(key);
        }

        var halves = new Half[count * T];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        var weights = new float[halves.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)halves[i];
        }

        return new LinearChainModel(table, weights, transitions);
    }
}
