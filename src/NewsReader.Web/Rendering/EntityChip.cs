using NewsReader.Entities;

namespace NewsReader.Web.Rendering;

/// <summary>An entity as a page shows it: a linked name with its kind.</summary>
public sealed record EntityChip(int Id, string Name, EntityKind Kind)
{
    public string KindName => EntityKinds.ToExportName(Kind);
}
