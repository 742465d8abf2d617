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

    /// <summary>The kind an export or URL name stands for ("place"), or null for none or an unknown name.</summary>
    public static EntityKind? FromExportName(string? name) =>
        Enum.GetValues<EntityKind>().Cast<EntityKind?>().FirstOrDefault(k => string.Equals(ToExportName(k!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
