namespace NewsReader.Entities;

/// <summary>An entity as the reading pages name it: its id, its name and its kind.</summary>
public sealed record NamedEntity(int Id, string Name, EntityKind Kind)
{
    /// <summary>The kind as URLs, CSS classes and the export write it (<see cref="EntityKinds.ToExportName"/>).</summary>
    public string KindName => EntityKinds.ToExportName(Kind);
}
