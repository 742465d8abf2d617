namespace NewsReader.Entities.Recognition;

/// <summary>What a word says about a capitalised name next to it. Flags, because a word can be more than one.</summary>
[Flags]
public enum NameCue
{
    None = 0,

    /// <summary>A title or job ("President", "spokeswoman"): the name that follows is a person.</summary>
    Title = 1,

    /// <summary>An adjective of a place ("Israeli"): not an entity itself, and it ends a name.</summary>
    Demonym = 2,

    /// <summary>A function word that is capitalised only because it starts a sentence ("The", "During").</summary>
    Stop = 4,

    /// <summary>A first word that makes a name an organisation ("Ministry of ...").</summary>
    OrgHead = 8,

    /// <summary>A last word that makes a name an organisation ("... Corps").</summary>
    OrgTail = 16,

    /// <summary>A last word that makes a name a place ("... Strip").</summary>
    PlaceTail = 32,
}
