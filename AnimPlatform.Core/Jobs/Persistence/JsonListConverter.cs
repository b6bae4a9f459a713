using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>Stores a read-only list as one JSON text column (warnings are always read and written whole).</summary>
public sealed class JsonListConverter<T>() : ValueConverter<IReadOnlyList<T>, string>(
    v => JsonSerializer.Serialize(v, JsonOptions),
    v => Deserialize(v))
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static ValueComparer<IReadOnlyList<T>> Comparer { get; } = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        v => v.ToList());

    private static IReadOnlyList<T> Deserialize(string json)
    {
        try { return JsonSerializer.Deserialize<List<T>>(json, JsonOptions) ?? []; }
        catch (JsonException) { return []; } // a hand-edited row must not make the job unreadable
    }
}
