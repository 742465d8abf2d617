using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsReader.Storage;

/// <summary>A time stored as UTC, read back marked as UTC (SQLite keeps text, which reads back as a time of no kind).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    time => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time,
    time => DateTime.SpecifyKind(time, DateTimeKind.Utc));
