namespace NewsReader.Web.Rendering;

/// <summary>The "Outlet · 3 Apr 2024" line under a headline (<c>_Dateline</c>); an unknown outlet or date says so.</summary>
public sealed record Dateline(string? Outlet, DateTime? PublishedAt);
