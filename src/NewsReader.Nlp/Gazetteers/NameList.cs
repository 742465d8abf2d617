namespace NewsReader.Nlp.Gazetteers;

/// <summary>The kinds of name list the tagger consults; each is one embedded file, Gazetteers/{kebab-name}.txt.</summary>
public enum NameList
{
    Locations,
    Organizations,
    FirstNames,
    LastNames,
    Demonyms,
    TitleWords,
}
