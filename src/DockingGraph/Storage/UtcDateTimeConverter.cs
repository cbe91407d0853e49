using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DockingGraph.Storage;

/// <summary>
/// Every LL2 timestamp is UTC. SQLite hands values back with an unspecified kind, so the kind is
/// stated on the way in and out: a value is never shifted by the local time zone.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
