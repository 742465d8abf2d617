using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace NewsReader.Storage;

public sealed class StoreOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-options-").FullName;

    [Fact]
    public async Task A_new_store_is_migrated_without_a_warning_and_only_connection_pragmas_run_outside_a_transaction()
    {
        var events = new EventsSeen();
        using var logging = LoggerFactory.Create(builder => builder.AddProvider(events).SetMinimumLevel(LogLevel.Trace));
        var options = new DbContextOptionsBuilder<NewsReaderDbContext>()
            .UseNewsReaderStore(SqliteFiles.ConnectionStringFor(Path.Combine(_folder, "new.db")))
            .UseLoggerFactory(logging)
            .Options;

        await using (var db = new NewsReaderDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var outside = events.Entries.Where(e => e.Id == RelationalEventId.NonTransactionalMigrationOperationWarning.Id).ToList();
        outside.Should().NotBeEmpty("EF Core writes PRAGMA foreign_keys around SQLite table rebuilds");
        outside.Should().OnlyContain(e => e.Level == LogLevel.Debug && e.Message.StartsWith("The migration operation 'PRAGMA foreign_keys = ", StringComparison.Ordinal));
        events.Entries.Where(e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .Should().NotContain(e => e.Level >= LogLevel.Warning, "a first start says nothing alarming");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class EventsSeen : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, int Id, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Seen(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Seen(EventsSeen owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Enqueue((category, eventId.Id, logLevel, formatter(state, exception)));
        }
    }
}
