using System.Text.Json;

namespace NewsReader.Storage;

/// <summary>
/// A list passed to SQLite as one JSON parameter and read back with json_each: <c>Id IN (SELECT value FROM
/// json_each(@list))</c> is an index probe per value whatever the list's length, and one bound parameter.
/// </summary>
public static class SqlLists
{
    public static string AsJson<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values);
}
