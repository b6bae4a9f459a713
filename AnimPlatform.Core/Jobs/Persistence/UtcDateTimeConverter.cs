using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>Values are written as UTC; SQLite returns them without a kind, so mark them UTC when read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
