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
    /// Likewise the warning that a migration holds an operation run outside its transaction: the only such operations
    /// are the <c>PRAGMA foreign_keys</c> lines EF Core writes around SQLite table rebuilds, which SQLite ignores
    /// inside a transaction; the setting belongs to the connection and is never stored, so no stop midway can leave
    /// the file half-migrated by it, and a first start warned about it on every new store. A migration adding any other
    /// operation of that kind must say so in its own comments (StoreOptionsTests checks that only these are there).
    /// </remarks>
    public static DbContextOptionsBuilder UseNewsReaderStore(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .ConfigureWarnings(warnings => warnings.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug)));

    /// <inheritdoc cref="UseNewsReaderStore(DbContextOptionsBuilder, string)"/>
    public static DbContextOptionsBuilder<TContext> UseNewsReaderStore<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)UseNewsReaderStore((DbContextOptionsBuilder)options, connectionString);
}
