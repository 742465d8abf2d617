using NewsReader.Nlp.Tagging;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Finds names with the trained tagger: tokens and sentences of the article, tagged PER, LOC, ORG or MISC as one
/// document, then mapped to the product's kinds (PER person, LOC place, ORG organisation; MISC, which covers
/// demonyms, nationalities and named events, is not stored until events are linked). Names the curated gazetteer
/// knows take its kind and canonical form ("U.S." is the place United States, "White House" an organisation);
/// a surname takes the full name the article gives. The model loads on first use, off the start-up path.
/// </summary>
public sealed class TaggerEntityRecognizer(Lazy<EntityTaggerModel> model, Gazetteer gazetteer) : IEntityRecognizer
{
    /// <summary>The tagger's type indexes: PER, ORG and MISC (nationalities, events, products, works).</summary>
    private const int OrganizationType = 2, MiscType = 3;

    public TaggerEntityRecognizer(EntityTaggerModel model, Gazetteer gazetteer)
        : this(new Lazy<EntityTaggerModel>(model), gazetteer)
    {
    }

    public IReadOnlyList<RecognizedMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var words = sentences.Select(range => (IReadOnlyList<string>)tokens.Take(range).Select(t => ForTagger(t.Text)).ToArray()).ToList();
        var tags = model.Value.Tag(words);
        var pieces = new List<NamePiece>();
        var unreadMisc = new List<(int Start, int End)>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var offset = sentences[s].Start.Value;
            var spans = TaggedSpans.Of(
                tags[s],
                (from, to) => TaggedSpans.IsNamedByCommonNouns(text, tokens, offset + from, offset + to, gazetteer, WordClassOf),
                (end, next) => TaggedSpans.NamesAGroupOf(tokens, offset + end, offset + next, WordClassOf));
            foreach (var (start, end, type) in spans
                .Select(span => PlaceSpans.AsPlaceByItsFeatureWord(tokens, offset, tags[s].Length, span))
                .Select(span => PlaceSpans.AsPlaceByItsDivisionWord(tokens, offset, span))
                .SelectMany(span => TaggedSpans.AtSlashes(tokens, offset, span))
                .SelectMany(span => TaggedSpans.AtIn(tokens, offset, span))
                .SelectMany(span => TaggedSpans.AtKnownPossessives(text, tokens, offset, span, name => gazetteer.Find(name) is not null)))
            {
                if (SplitKnownPair(text, tokens, offset + start, offset + end) is { } pair)
                {
                    pieces.AddRange(pair);
                }
                else
                {
                    var read = ToPieces(text, tokens, offset + start, offset + end,
                        TaggedSpans.NamesAnOrganisation(text, tokens, offset, offset + start, offset + end, type, gazetteer, WordClassOf, word => model.Value.IsLastName(word))
                            ? OrganizationType
                            : type);
                    pieces.AddRange(read);
                    if (type == MiscType && read.Count == 0)
                    {
                        unreadMisc.Add((offset + start, offset + end));
                    }
                }
            }
        }

        UntrustedNames.DropCutOff(text, tokens, pieces);
        new KnownNames(gazetteer).AddWhatTheTaggerMissed(text, tokens, pieces);
        UntrustedNames.DropCredited(text, pieces);
        UntrustedNames.DropEverydayWords(tokens, pieces, gazetteer, WordClassOf);
        UntrustedNames.DropIllnessNames(tokens, pieces);
        UntrustedNames.DropCraftNames(tokens, pieces);
        UntrustedNames.DropDocumentNames(pieces);
        AcronymDefinitions.Apply(text, tokens, pieces);
        DescribedNames.Apply(text, tokens, unreadMisc, pieces, gazetteer, WordClassOf);
        PlaceForms.Apply(text, tokens, pieces, WordClassOf);
        PostedOn.Apply(tokens, pieces);
        ChannelNames.Apply(text, tokens, pieces, gazetteer, WordClassOf);
        DescribedNames.ApplyToPeople(tokens, pieces, gazetteer, WordClassOf);
        // Names a title, a word for stock or a verb of saying after them gives away: the rules read, and add to, one view of what is unread.
        var unread = new UnreadWords(tokens, sentences.Select(s => s.Start.Value).ToHashSet(), pieces, unreadMisc, gazetteer);
        EmployerNames.Apply(text, tokens, pieces, unread, gazetteer, IsPersonsName, WordClassOf);
        StockNames.Apply(text, tokens, unread, WordClassOf, IsPersonsName);
        CitedSources.Apply(text, tokens, unread, gazetteer, WordClassOf);
        var nicknames = KnownAs.FindNicknames(text, tokens, pieces, gazetteer);
        var knownAs = KnownAs.Find(text, tokens, pieces, gazetteer);
        PersonNameResolver.JoinPatronymics(text, tokens, pieces);
        PersonNameResolver.Resolve(pieces, gazetteer);
        KnownAs.Rename(pieces, knownAs, nicknames);
        ShortForms.Apply(pieces, gazetteer, WordClassOf);
        SportsTeamReader.Apply(tokens, sentences, pieces, gazetteer);
        pieces.AddRange(EventReader.Read(text, tokens, pieces, gazetteer));
        ConventionalEvents.Read(text, tokens, pieces);
        pieces.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var roles = new RoleReader(gazetteer, tokens.Count, pieces);
        return pieces
            .Where(p => p.Kind is not null)
            .Select(p => new RecognizedMention(p.Start, p.End, p.Surface, p.Kind!.Value, p.CanonicalName!,
                p.Kind == EntityKind.Person ? roles.Read(text, tokens, p) : null,
                KindIsAGuess: p.Kind is EntityKind.Place or EntityKind.Organization && p.CanonicalName == p.Surface && !p.KindIsSettled
                    && (p.Surface.Contains(' ', StringComparison.Ordinal) ? ReadsAsPersonsName(p.Surface) : IsUnsureOfKind(p))))
            .Concat(MiscNames.OnlyIfKnown(text, tokens, unreadMisc, pieces, gazetteer))
            .OrderBy(m => m.Start)
            .ToList();
    }

    /// <summary>Whether the name lists know the word as a first name or a surname.</summary>
    private bool IsPersonsName(string word) => model.Value.IsFirstName(word) || model.Value.IsLastName(word);

    /// <summary>The WordNet class of an everyday word ("noun.group"), or "" for a word WordNet does not know.</summary>
    private string WordClassOf(string word) => model.Value.WordClasses.ClassNameOf(word);

    /// <summary>
    /// Whether a name of two or three capitalised words the tagger read as a place or organisation reads as a
    /// person's: it starts with a first name or ends with a surname the name lists know, and the gazetteer does not
    /// know it ("Lloyd Austin" or "Stormy Daniels" tagged an organisation may be the person of other articles).
    /// </summary>
    internal bool ReadsAsPersonsName(string surface)
    {
        var words = surface.Split(' ');
        return words.Length is 2 or 3 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower))
            && (model.Value.IsFirstName(words[0]) || model.Value.IsLastName(words[^1])) && gazetteer.Find(surface) is null;
    }

    /// <summary>
    /// Whether only the tagger says what a lone word is: the gazetteer does not know it, or knows it from package
    /// data as another kind ("Moore" the Oklahoma city, tagged an organisation, may be a person called Moore).
    /// </summary>
    private bool IsUnsureOfKind(NamePiece piece) =>
        gazetteer.Find(piece.Surface) is not { } known || (!known.IsCurated && known.Kind != piece.Kind);

    /// <summary>
    /// The names in a tagged span. A place or organisation span is cut at a title inside it: what comes before the
    /// title keeps the span's kind (the gazetteer's, when it knows the words) unless it is only role words, what
    /// follows is a person ("U.S. Coast Guard Rear Adm. Shannon Gilreath" is the Coast Guard and Shannon Gilreath;
    /// "Gov. Wes Moore" is Wes Moore; "National Security Advisor" no name at all). A time zone after a clock time
    /// ("3:45 p.m. EDT") is not a name.
    /// </summary>
    private List<NamePiece> ToPieces(string text, List<Token> tokens, int start, int end, int type)
    {
        if (ClockTimes.IsZoneAfterClockTime(text, tokens[start]))
        {
            // "3:20 p.m. EDT Buffalo": what follows the time zone is a name of the kind the gazetteer knows it as.
            start++;
            type = start < end ? KnownType(text[tokens[start].Start..tokens[end - 1].End]) ?? type : type;
        }

        // "Interior Minister Matus Sutaj Estok": role words right before a title are the role's, no organisation.
        if (type is 1 or 2 && end < tokens.Count && IsCapitalizedTitle(tokens[end].Text)
            && Enumerable.Range(start, end - start).All(i => gazetteer.IsRoleWord(tokens[i].Text)))
        {
            return [];
        }

        // "Secretary of Defense Lloyd Austin": the department of the title before the name is the role's too.
        while (type == 0 && end - start > 2 && start > 0 && tokens[start - 1].Text == "of" && gazetteer.IsRoleWord(tokens[start].Text))
        {
            start++;
        }

        var title = type is 1 or 2 ? Enumerable.Range(start, end - start).FirstOrDefault(i => IsCapitalizedTitle(tokens[i].Text), -1) : -1;
        if (title < 0 || (title == start && type == OrganizationType
            && TaggedSpans.TitleOpensACompanysName(tokens, start, end, WordClassOf, IsPersonsName)))
        {
            return start < end && ToPiece(text, tokens, start, end, type) is { } whole ? [whole] : [];
        }

        // The role runs on past its title through role words ("Chief Technology Officer"): none is the person's name.
        var after = title;
        while (after < end && (IsCapitalizedTitle(tokens[after].Text) || gazetteer.IsRoleWord(tokens[after].Text)))
        {
            after++;
        }

        var found = new List<NamePiece>();
        if (title > start && !Enumerable.Range(start, title - start).All(i => gazetteer.IsRoleWord(tokens[i].Text))
            && ToPiece(text, tokens, start, title, KnownType(text[tokens[start].Start..tokens[title - 1].End]) ?? type) is { } before)
        {
            found.Add(before);
        }

        if (after < end && tokens[after].IsCapitalized && ToPiece(text, tokens, after, end, 0) is { } person)
        {
            found.Add(person);
        }

        return found;
    }

    /// <summary>The tagger's type index of a place or organisation the gazetteer knows ("Maryland" in "Maryland Gov."), else null.</summary>
    private int? KnownType(string surface) => gazetteer.Find(surface)?.Kind switch
    {
        EntityKind.Place => 1,
        EntityKind.Organization => 2,
        _ => null,
    };

    private bool IsCapitalizedTitle(string word) => word.Length > 1 && char.IsUpper(word[0]) && gazetteer.IsTitle(word) && gazetteer.Find(word) is null;

    private NamePiece? ToPiece(string text, List<Token> tokens, int start, int end, int type)
    {
        // Titles are not part of a name: "Mr Biden" and "Ayatollah Ali Khamenei" are Biden and Ali Khamenei.
        while (type == 0 && end - start > 1 && gazetteer.IsTitle(tokens[start].Text))
        {
            start++;
        }

        var surface = text[tokens[start].Start..tokens[end - 1].End];
        EntityKind? kind = type switch
        {
            0 => EntityKind.Person,
            1 => EntityKind.Place,
            2 => EntityKind.Organization,
            _ => null,
        };
        // A curated name is sure of its kind ("White House" is an organisation whatever the tagger says); a generated
        // place name only names a place ("Germany" the football team stays an organisation, apart from the country).
        var known = gazetteer.Find(surface) ?? (kind == EntityKind.Organization ? KnownWithPlaceForDemonym(surface) : null);
        if (known is not null && (known.IsCurated ? kind is not null || known.Kind != EntityKind.Person : kind == known.Kind))
        {
            return NamePiece.Over(tokens, start, end, surface, known.Kind, known.CanonicalName);
        }

        return kind is null ? null : NamePiece.Over(tokens, start, end, surface, kind, kind == EntityKind.Organization ? WithPlaceWrittenOut(surface) : surface);
    }

    /// <summary>
    /// An organisation's name with a leading place abbreviation written out as the gazetteer names the place, so that
    /// outlets' forms meet: "US Department of State" is the "United States Department of State", "UK Foreign
    /// Ministry" the "United Kingdom Foreign Ministry". Only abbreviations (capitals, with or without dots) are
    /// written out: "Washington Post" keeps its name.
    /// </summary>
    private string WithPlaceWrittenOut(string surface)
    {
        var space = surface.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || space > 5 || !surface[..space].All(c => char.IsUpper(c) || c == '.'))
        {
            return surface;
        }

        return gazetteer.Find(surface[..space]) is { Kind: EntityKind.Place, CanonicalName: var place } && place != surface[..space]
            ? place + surface[space..]
            : surface;
    }

    /// <summary>
    /// The curated organisation an organisation's name is when its demonym is read as its place: "Israeli Defense
    /// Forces" is the Israel Defense Forces the gazetteer knows. Null when there is no demonym or no such name.
    /// </summary>
    private KnownName? KnownWithPlaceForDemonym(string surface)
    {
        var space = surface.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && gazetteer.PlaceOfDemonym(surface[..space]) is { } place
            && gazetteer.Find(place + surface[space..]) is { IsCurated: true, Kind: EntityKind.Organization } known
            ? known
            : null;
    }

    /// <summary>
    /// Two known names the tagger ran together ("U.S. Secret Service", "Israel Hamas"): a span that is not itself
    /// a known name but splits into two that are. Null when it does not.
    /// </summary>
    private NamePiece[]? SplitKnownPair(string text, List<Token> tokens, int start, int end)
    {
        if (end - start < 2 || gazetteer.Find(text[tokens[start].Start..tokens[end - 1].End]) is not null)
        {
            return null;
        }

        for (var cut = start + 1; cut < end; cut++)
        {
            var left = text[tokens[start].Start..tokens[cut - 1].End];
            var right = text[tokens[cut].Start..tokens[end - 1].End];
            if (gazetteer.Find(left) is { Kind: EntityKind.Place } first && gazetteer.Find(right) is { Kind: EntityKind.Organization } second)
            {
                return
                [
                    NamePiece.Over(tokens, start, cut, left, first.Kind, first.CanonicalName),
                    NamePiece.Over(tokens, cut, end, right, second.Kind, second.CanonicalName),
                ];
            }
        }

        return null;
    }

    /// <summary>The tagger learned from 1996 wire copy: typographic quotes and dashes read as their plain forms.</summary>
    private static string ForTagger(string token) => token switch
    {
        "’s" => "'s",
        "“" or "”" => "\"",
        "‘" or "’" => "'",
        "—" or "–" => "--",
        _ => token.Contains('’', StringComparison.Ordinal) ? token.Replace('’', '\'') : token,
    };
}
