using System.Globalization;
using System.Collections.Frozen;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// The embedded name lists: places from package data (places.tsv, generated), names kept by hand (curated.tsv,
/// which wins), title and role words (titles.tsv, role-words.tsv) and demonyms (demonyms.tsv, generated).
/// Immutable once loaded; one instance serves the whole app.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The longest surface form, in tokens, worth trying ("United States of America").</summary>
    public const int MaxNameTokens = 6;

    private readonly FrozenDictionary<string, KnownName> _names;
    private readonly FrozenSet<string> _titles;
    private readonly FrozenSet<string> _roleWords;
    private readonly FrozenDictionary<string, string> _demonyms;
    private readonly FrozenDictionary<string, string> _events;

    private Gazetteer(
        FrozenDictionary<string, KnownName> names, FrozenSet<string> titles, FrozenSet<string> roleWords, FrozenDictionary<string, string> demonyms, FrozenDictionary<string, string> events)
    {
        _names = names;
        _titles = titles;
        _roleWords = roleWords;
        _demonyms = demonyms;
        _events = events;
    }

    public static Gazetteer LoadEmbedded()
    {
        var names = new Dictionary<string, KnownName>(StringComparer.Ordinal);
        foreach (var fields in ReadRows("places.tsv", 3))
        {
            names[fields[0]] = new KnownName(Enum.Parse<EntityKind>(fields[1], ignoreCase: true), fields[2]);
        }

        foreach (var fields in ReadRows("curated.tsv", 3))
        {
            names[fields[0]] = new KnownName(Enum.Parse<EntityKind>(fields[1], ignoreCase: true), fields[2], IsCurated: true);
        }

        var titles = ReadRows("titles.tsv", 1).Select(fields => fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var roleWords = ReadRows("role-words.tsv", 1).Select(fields => fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var demonyms = ReadRows("demonyms.tsv", 2).ToFrozenDictionary(fields => fields[0], fields => fields[1], StringComparer.Ordinal);
        var events = ReadRows("events.tsv", 2).ToFrozenDictionary(fields => fields[0], fields => fields[1], StringComparer.Ordinal);
        return new Gazetteer(names.ToFrozenDictionary(StringComparer.Ordinal), titles, roleWords, demonyms, events);
    }

    /// <summary>
    /// The entry for an exact surface form ("U.S.", "North Carolina"), or null. A shouted name of four letters or
    /// more ("AMERICA", "NORTH CAROLINA" in a headline) is looked up as a name; shorter capitals stay acronyms.
    /// </summary>
    public KnownName? Find(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        if (_names.GetValueOrDefault(surface) is { } known)
        {
            return known;
        }

        return surface.Length >= 4 && surface.Any(char.IsLetter) && !surface.Any(char.IsLower)
            ? _names.GetValueOrDefault(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(surface.ToLowerInvariant()))
            : null;
    }

    /// <summary>The canonical name of an event known by this name or date alone ("Oct. 7" → October 7 attack), or null.</summary>
    public string? FindEvent(string surface) => _events.GetValueOrDefault(surface);

    /// <summary>A word that, with a title, makes up a role ("national", "security" in "national security adviser").</summary>
    public bool IsRoleWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _roleWords.Contains(word) || IsTitle(word);
    }

    /// <summary>The canonical place an adjective names ("Israeli" → Israel, "US" stays a place), or null.</summary>
    public string? PlaceOfDemonym(string word) =>
        _demonyms.TryGetValue(word, out var place) ? Find(place)?.CanonicalName ?? place : null;

    /// <summary>A title or job that stands before a name ("President", "Mr.", "spokeswoman").</summary>
    public bool IsTitle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _titles.Contains(word) || _titles.Contains(word.TrimEnd('.'));
    }

    private static IEnumerable<string[]> ReadRows(string fileName, int columns)
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
            if (fields.Length < columns || fields[0].Length == 0)
            {
                throw new InvalidDataException($"{fileName}: malformed row '{line}'");
            }

            yield return fields;
        }
    }
}
