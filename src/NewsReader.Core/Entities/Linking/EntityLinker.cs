using Microsoft.EntityFrameworkCore;
using NewsReader.Entities.Recognition;
using NewsReader.Storage;

namespace NewsReader.Entities.Linking;

/// <summary>
/// Finds, for each name an article mentions, the stored entity it is, across articles; creates the ones that are
/// new; and learns the aliases the article teaches. In order: the same kind and normal name; else an alias exactly
/// one entity of that kind carries (an acronym an earlier article defined, a surname of one known person); else,
/// for a person's full name, the one known person whose name is the same spelled another way
/// (<see cref="NameSpellings"/>); for an event, the one event whose linking key is the same
/// (<see cref="EventWords.LinkingKey"/>). An entity created before its alias was known (a bare "Biden", an undefined
/// "MDA") is folded into the entity when the alias is learned, if no other entity carries that alias. A lone name
/// only the tagger typed as a place or organisation (<see cref="RecognizedMention.KindIsAGuess"/>) may be a person:
/// it links to, or is folded into, the one known person of that name (also when that person is new to the store). A place of three words or more links to the one
/// known place named with words more or fewer between the same first and last ("Crocus City Music Hall"), and a place
/// of two words or more to the one known place whose name differs in one word spelled another way ("East Azarbaijan").
/// Runs inside the ingest transaction: all of it lands with the article, or none.
/// </summary>
public static class EntityLinker
{
    /// <summary>People read as possible other spellings of a new name, by first word and by surname: a bound on a common name.</summary>
    private const int MaxSpellingCandidates = 100;

    /// <summary>The entity each mention names, in the mentions' order.</summary>
    public static async Task<IReadOnlyList<Entity>> LinkAsync(
        NewsReaderDbContext db, IReadOnlyList<RecognizedMention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mentions);
        var keyOf = mentions.Select(m => (m.Kind, Key: EntityNames.Normalize(m.CanonicalName))).ToArray();
        var wanted = mentions.Index()
            .GroupBy(m => keyOf[m.Index])
            .ToDictionary(g => g.Key, g => (Name: g.First().Item.CanonicalName, Guess: g.All(m => m.Item.KindIsAGuess)));
        var keys = wanted.Keys.Select(k => k.Key)
            .Concat(wanted.Keys.Where(k => k.Kind == EntityKind.Event).Select(k => EventWords.LinkingKey(k.Key)))
            .Distinct().ToList();
        var byName = (await db.Entities.Where(e => keys.Contains(e.NormalizedName)).ToListAsync(cancellationToken))
            .ToDictionary(e => (e.Kind, e.NormalizedName));
        var aliasOwners = await AliasOwnersAsync(db, keys, cancellationToken);

        var linked = new Dictionary<(EntityKind, string), Entity>();
        foreach (var ((kind, key), (name, guess)) in wanted)
        {
            linked[(kind, key)] = byName.GetValueOrDefault((kind, key))
                ?? await OnlyOwnerAsync(db, aliasOwners, kind, key, cancellationToken)
                ?? (kind == EntityKind.Person ? await SpelledAnotherWayAsync(db, key, cancellationToken) : null)
                ?? (kind == EntityKind.Place ? await PlaceWithWordsBetweenAsync(db, key, cancellationToken) ?? await PlaceSpelledAnotherWayAsync(db, key, cancellationToken) : null)
                ?? (kind == EntityKind.Event ? byName.GetValueOrDefault((kind, EventWords.LinkingKey(key))) ?? await OnlyOwnerAsync(db, aliasOwners, kind, EventWords.LinkingKey(key), cancellationToken) : null)
                ?? (guess ? byName.GetValueOrDefault((EntityKind.Person, key)) ?? await OnlyOwnerAsync(db, aliasOwners, EntityKind.Person, key, cancellationToken) : null)
                ?? db.Entities.Add(new Entity { Kind = kind, Name = name, NormalizedName = key, KindIsAGuess = guess }).Entity;
            if (!guess)
            {
                linked[(kind, key)].KindIsAGuess = false;
            }
        }

        await LearnAliasesAsync(db, mentions.Select((m, i) => (keyOf[i], m.Text)).ToLookup(m => m.Item1, m => m.Text), linked, cancellationToken);
        return keyOf.Select(key => linked[key]).ToList();
    }

    /// <summary>
    /// The mentions to link: each <see cref="RecognizedMention.OnlyIfKnown"/> name that is the name of exactly one
    /// stored person, place or organisation (whose kind no guess made) becomes a mention of it, with its kind and
    /// name; one the store does not know, or knows as several, is left out. The rest are kept as they are.
    /// </summary>
    public static async Task<IReadOnlyList<RecognizedMention>> KeepKnownAsync(
        NewsReaderDbContext db, IReadOnlyList<RecognizedMention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mentions);
        if (!mentions.Any(m => m.OnlyIfKnown))
        {
            return mentions;
        }

        var keyOf = mentions.Where(m => m.OnlyIfKnown).ToDictionary(m => m, m => EntityNames.Normalize(m.CanonicalName));
        var keys = keyOf.Values.Distinct().ToList();
        var known = (await db.Entities
                .Where(e => keys.Contains(e.NormalizedName) && e.Kind != EntityKind.Event && !e.KindIsAGuess)
                .Select(e => new { e.NormalizedName, e.Kind, e.Name })
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.NormalizedName)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single());
        var kept = new List<RecognizedMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (!mention.OnlyIfKnown)
            {
                kept.Add(mention);
            }
            else if (known.TryGetValue(keyOf[mention], out var entity))
            {
                kept.Add(mention with { Kind = entity.Kind, CanonicalName = entity.Name, OnlyIfKnown = false });
            }
        }

        return kept;
    }

    /// <summary>
    /// The names an entity answers to besides its own: forms as written, a person's surname (and last two names of
    /// a longer one), an organisation's initials ("sana" for Syrian Arab News Agency; "usgs" for US Geological Survey,
    /// an opening abbreviation giving all its letters), an event's linking key
    /// (<see cref="EventWords.LinkingKey"/>: "israel attack" for "Israel drone and missile attack").
    /// </summary>
    public static IEnumerable<string> AliasesOf(Entity entity, IEnumerable<string> writtenForms)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Kind == EntityKind.Event)
        {
            // An event's forms as written are long phrases; what other outlets' names share is its linking key.
            return EventWords.LinkingKey(entity.NormalizedName) is var key && key != entity.NormalizedName ? [key] : [];
        }

        var aliases = writtenForms.Select(EntityNames.Normalize).ToList();
        var words = entity.NormalizedName.Split(' ');
        if (entity.Kind == EntityKind.Person && words.Length >= 2)
        {
            aliases.Add(words[^1]);
            if (words.Length >= 3)
            {
                aliases.Add($"{words[^2]} {words[^1]}");
            }
        }

        var capitalised = entity.Name.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).ToList();
        if (entity.Kind == EntityKind.Organization && capitalised.Count >= 3)
        {
            aliases.Add(EntityNames.Normalize(string.Concat(capitalised.Select(w => w[0]))));

            // A name that opens with an abbreviation gives all its letters: "US Geological Survey" is the USGS.
            if (IsAbbreviation(capitalised[0]))
            {
                aliases.Add(EntityNames.Normalize(string.Concat(capitalised.Select((w, i) => i == 0 ? w.Replace(".", "", StringComparison.Ordinal) : w[..1]))));
            }
        }

        return aliases.Where(a => a.Length > 0 && a != entity.NormalizedName).Distinct();
    }

    /// <summary>Two to four capitals, with or without dots: "US", "U.S.", "UK", "EU".</summary>
    private static bool IsAbbreviation(string word) =>
        word.Replace(".", "", StringComparison.Ordinal) is { Length: >= 2 and <= 4 } letters && letters.All(char.IsUpper);

    /// <summary>The entity of this kind that alone answers to the alias, or null.</summary>
    private static async Task<Entity?> OnlyOwnerAsync(
        NewsReaderDbContext db, Dictionary<(EntityKind, string), List<int>> aliasOwners, EntityKind kind, string alias, CancellationToken cancellationToken) =>
        aliasOwners.TryGetValue((kind, alias), out var owners) && owners.Count == 1 ? await db.Entities.FindAsync([owners[0]], cancellationToken) : null;

    private static async Task<Dictionary<(EntityKind, string), List<int>>> AliasOwnersAsync(
        NewsReaderDbContext db, List<string> aliases, CancellationToken cancellationToken)
    {
        var rows = await db.Aliases.Where(a => aliases.Contains(a.NormalizedAlias))
            .Select(a => new { a.Kind, a.NormalizedAlias, a.EntityId })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.Kind, r.NormalizedAlias)).ToDictionary(g => g.Key, g => g.Select(r => r.EntityId).Distinct().ToList());
    }

    /// <summary>The one stored person whose name is this one spelled another way, found among those sharing a word with it.</summary>
    private static async Task<Entity?> SpelledAnotherWayAsync(NewsReaderDbContext db, string key, CancellationToken cancellationToken)
    {
        var words = key.Split(' ');
        if (words.Length < 2)
        {
            return null;
        }

        // Names starting with the same first word, or carrying the same surname as an alias.
        var surname = words[^1];
        var sameFirst = await StartingWithAsync(db, EntityKind.Person, words[0], cancellationToken);
        var sameLast = await db.Aliases.Where(a => a.Kind == EntityKind.Person && a.NormalizedAlias == surname)
            .OrderBy(a => a.EntityId).Select(a => a.Entity!).Take(MaxSpellingCandidates).ToListAsync(cancellationToken);
        var candidates = sameFirst.Union(sameLast);
        var variants = candidates.Where(c => NameSpellings.AreVariants(key, c.NormalizedName)).Distinct().ToList();
        return variants.Count == 1 ? variants[0] : null;
    }

    /// <summary>The one stored place whose name is this one with one word spelled another way ("East Azarbaijan").</summary>
    private static async Task<Entity?> PlaceSpelledAnotherWayAsync(NewsReaderDbContext db, string key, CancellationToken cancellationToken)
    {
        var words = key.Split(' ');
        if (words.Length < 2)
        {
            return null;
        }

        var variants = (await StartingWithAsync(db, EntityKind.Place, words[0], cancellationToken))
            .Where(c => NameSpellings.ArePlaceVariants(key, c.NormalizedName)).ToList();
        return variants.Count == 1 ? variants[0] : null;
    }

    /// <summary>
    /// The one stored place whose name is this one with words added or left out between the same first and last
    /// words, for names of three words or more: "Crocus City Hall" and "Crocus City Music Hall" are one hall.
    /// </summary>
    private static async Task<Entity?> PlaceWithWordsBetweenAsync(NewsReaderDbContext db, string key, CancellationToken cancellationToken)
    {
        var words = key.Split(' ');
        if (words.Length < 3)
        {
            return null;
        }

        var candidates = await StartingWithAsync(db, EntityKind.Place, words[0], cancellationToken);
        var variants = candidates.Where(c => IsWithWordsBetween(words, c.NormalizedName.Split(' ')) || IsWithWordsBetween(c.NormalizedName.Split(' '), words)).ToList();
        return variants.Count == 1 ? variants[0] : null;
    }

    /// <summary>
    /// Stored entities of the kind whose names have more than one word, the first being <paramref name="firstWord"/>
    /// (the first <see cref="MaxSpellingCandidates"/> by name, so the same store always gives the same ones): an index range, since SQLite compares text by bytes, so this is
    /// ordinal whatever the analyzer assumes of string.Compare.
    /// </summary>
    private static async Task<List<Entity>> StartingWithAsync(NewsReaderDbContext db, EntityKind kind, string firstWord, CancellationToken cancellationToken)
    {
        var from = firstWord + " ";
        var to = firstWord + "!";
#pragma warning disable CA1309
        return await db.Entities
            .Where(e => e.Kind == kind && string.Compare(e.NormalizedName, from) >= 0 && string.Compare(e.NormalizedName, to) < 0)
            .OrderBy(e => e.NormalizedName).Take(MaxSpellingCandidates).ToListAsync(cancellationToken);
#pragma warning restore CA1309
    }

    /// <summary>Whether <paramref name="longer"/> is <paramref name="shorter"/>, a name of three words or more, with words between its first and last.</summary>
    internal static bool IsWithWordsBetween(string[] shorter, string[] longer) =>
        shorter.Length >= 3 && EntityNames.HasWordsBetween(shorter, longer);

    private static async Task LearnAliasesAsync(
        NewsReaderDbContext db, ILookup<(EntityKind, string), string> written, Dictionary<(EntityKind, string), Entity> linked, CancellationToken cancellationToken)
    {
        var learned = new List<(Entity Entity, string Alias)>();
        var storedIds = linked.Values.Where(e => e.Id != 0).Select(e => e.Id).Distinct().ToList();
        var stored = (await db.Aliases.Where(a => storedIds.Contains(a.EntityId)).Select(a => new { a.EntityId, a.NormalizedAlias }).ToListAsync(cancellationToken))
            .ToLookup(a => a.EntityId, a => a.NormalizedAlias);
        foreach (var ((kind, key), entity) in linked)
        {
            var known = entity.Id == 0 ? [] : stored[entity.Id];
            foreach (var alias in AliasesOf(entity, written[(kind, key)]).Except(known).Except(entity.Aliases.Select(a => a.NormalizedAlias)))
            {
                entity.Aliases.Add(new EntityAlias { Kind = kind, NormalizedAlias = alias });
                learned.Add((entity, alias));
            }
        }

        // A person new to the store may be a name stored before only as the tagger's guess of an organisation or a
        // place ("Stormy Daniels" read as a company where nothing said who she was): that entity is the person.
        learned.AddRange(linked.Values.Where(e => e.Id == 0 && e.Kind == EntityKind.Person).Distinct().Select(e => (e, e.NormalizedName)));

        var inThisArticle = linked.Values.ToHashSet();
        foreach (var (entity, alias) in learned)
        {
            await FoldEarlierEntityAsync(db, entity, alias, inThisArticle, cancellationToken);
        }
    }

    /// <summary>
    /// A stored entity named by the alias just learned ("Biden" before "Joe Biden" was known) becomes that entity:
    /// its mentions, roles and aliases move over and its articles are counted in, unless another entity also answers
    /// to the alias.
    /// </summary>
    private static async Task FoldEarlierEntityAsync(
        NewsReaderDbContext db, Entity entity, string alias, HashSet<Entity> inThisArticle, CancellationToken cancellationToken)
    {
        var earlier = await db.Entities.FirstOrDefaultAsync(
            e => e.NormalizedName == alias && (e.Kind == entity.Kind || (e.KindIsAGuess && entity.Kind == EntityKind.Person)), cancellationToken);
        if (earlier is null || inThisArticle.Contains(earlier)
            || await db.Aliases.AnyAsync(a => a.Kind == entity.Kind && a.NormalizedAlias == alias && a.EntityId != entity.Id && a.EntityId != earlier.Id, cancellationToken))
        {
            return;
        }

        if (entity.Id == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await db.Mentions.Where(m => m.EntityId == earlier.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.EntityId, entity.Id), cancellationToken);

        // The stored articles that now mention it, counted once each (an article may have named both); the article
        // being ingested is not stored yet and is counted when it is filed.
        var entityId = entity.Id;
        await db.Entities.Where(e => e.Id == entityId).ExecuteUpdateAsync(
            u => u.SetProperty(e => e.ArticleCount, e => db.Mentions.Where(m => m.EntityId == entityId).Select(m => m.ArticleId).Distinct().Count()),
            cancellationToken);
        await db.Roles.Where(r => r.EntityId == earlier.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.EntityId, entity.Id), cancellationToken);
        var taken = await db.Aliases.Where(a => a.EntityId == entity.Id).Select(a => a.NormalizedAlias).ToListAsync(cancellationToken);
        await db.Aliases.Where(a => a.EntityId == earlier.Id && !taken.Contains(a.NormalizedAlias))
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.EntityId, entity.Id), cancellationToken);
        db.Entities.Remove(earlier);
    }
}
