namespace NewsReader.Entities.Recognition;

/// <summary>A role written before a person's name, and whose role it is when the text says.</summary>
public sealed record PersonRole(string Title, string? Of);
