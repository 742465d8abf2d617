using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace NewsReader.Storage;

/// <summary>How every NewsReader context reaches its SQLite store.</summary>
public static class StoreOptions
{
    /// <summary>
    /// SQLite at <paramref name="connectionString"/>, with a list in a LINQ <c>Contains</c> sent as one JSON parameter
    /// read with <c>json_each</c> (as <see cref="SqlLists"/> does by hand). EF 10's default is one parameter per value:
    /// binding a thousand ids that way took 9 ms where the JSON parameter takes 2 (name search at a million articles),
    /// and every list length bucket is another compiled query.
    /// </summary>
    /// <remarks>
    /// EF Core logs every failed SaveChanges as an error with its stack trace before throwing; here it is a debug
    /// message, since whoever catches the exception decides: the ingestor handles a duplicate stored by a concurrent
    /// writer (no error at all), and logs anything it does not foresee (<see cref="Ingestion.SourceIngestor"/>).
    /// </remarks>
    public static DbContextOptionsBuilder UseNewsReaderStore(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .ConfigureWarnings(warnings => warnings.Log((CoreEventId.SaveChangesFailed, LogLevel.Debug)));

    /// <inheritdoc cref="UseNewsReaderStore(DbContextOptionsBuilder, string)"/>
    public static DbContextOptionsBuilder<TContext> UseNewsReaderStore<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)UseNewsReaderStore((DbContextOptionsBuilder)options, connectionString);
}
