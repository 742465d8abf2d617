using System.Collections.Frozen;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// The embedded name lists: places from package data (places.tsv, generated), names kept by hand (curated.tsv,
/// which wins), and cue words (cues.tsv). Immutable once loaded; one instance serves the whole app.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The longest surface form, in tokens, worth trying ("United States of America").</summary>
    public const int MaxNameTokens = 6;

    private readonly FrozenDictionary<string, KnownName> _names;
    private readonly FrozenDictionary<string, NameCue> _cues;

    private Gazetteer(FrozenDictionary<string, KnownName> names, FrozenDictionary<string, NameCue> cues)
    {
        _names = names;
        _cues = cues;
    }

    public static Gazetteer LoadEmbedded()
    {
        var names = new Dictionary<string, KnownName>(StringComparer.Ordinal);
        foreach (var fields in ReadRows("places.tsv").Concat(ReadRows("curated.tsv")))
        {
            names[fields[0]] = new KnownName(Enum.Parse<EntityKind>(fields[1], ignoreCase: true), fields[2]);
        }

        var cues = new Dictionary<string, NameCue>(StringComparer.OrdinalIgnoreCase);
        foreach (var fields in ReadRows("cues.tsv"))
        {
            cues[fields[0]] = cues.GetValueOrDefault(fields[0]) | ParseCue(fields[1]);
        }

        return new Gazetteer(names.ToFrozenDictionary(StringComparer.Ordinal), cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The entry for an exact surface form ("U.S.", "North Carolina"), or null.</summary>
    public KnownName? Find(string surface) => _names.GetValueOrDefault(surface);

    public NameCue CueOf(string word) => _cues.GetValueOrDefault(word);

    private static NameCue ParseCue(string cue) => cue switch
    {
        "title" => NameCue.Title,
        "demonym" => NameCue.Demonym,
        "stop" => NameCue.Stop,
        "org-head" => NameCue.OrgHead,
        "org-tail" => NameCue.OrgTail,
        "place-tail" => NameCue.PlaceTail,
        _ => throw new InvalidDataException($"cues.tsv: unknown cue '{cue}'"),
    };

    private static IEnumerable<string[]> ReadRows(string fileName)
    {
        var assembly = typeof(Gazetteer).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(name => name.EndsWith("." + fileName, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"missing embedded resource {resource}"));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                throw new InvalidDataException($"{fileName}: malformed row '{line}'");
            }

            yield return fields;
        }
    }
}
