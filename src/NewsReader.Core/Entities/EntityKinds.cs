namespace NewsReader.Entities;

/// <summary>How entity kinds are written where people and programs read them.</summary>
public static class EntityKinds
{
    /// <summary>The export's and the URL's name: person, place, organization, event.</summary>
    public static string ToExportName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Place => "place",
        EntityKind.Organization => "organization",
        EntityKind.Event => "event",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
