using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Import;

/// <summary>How a record is identified in LL2's JSON.</summary>
internal enum Ll2Identity
{
    /// <summary>By its <c>id</c>, the model's key.</summary>
    Id,

    /// <summary>By <c>id</c> or, where LL2 gives none, by <c>name</c> (<see cref="INameKeyedRecord"/>).</summary>
    Name,

    /// <summary>By its place in its owner's list: it has no id of its own.</summary>
    Position,
}

/// <summary>
/// How LL2's JSON for one entity type maps onto the model, worked out once from EF Core's
/// metadata: an LL2 key names the property or navigation of the same name
/// (<c>spacecraft_config</c> → <c>SpacecraftConfig</c>).
/// </summary>
internal sealed class Ll2RecordType
{
    private const string PositionProperty = nameof(ListEntry<object>.Position);
    private static readonly ConcurrentDictionary<IEntityType, Ll2RecordType> Types = new();

    private static int count;

    private readonly ConcurrentDictionary<string, Ll2Member> members = new(StringComparer.Ordinal);
    private readonly int number = Interlocked.Increment(ref count);

    private Ll2RecordType(IEntityType entity)
    {
        Entity = entity;
        var key = entity.FindPrimaryKey()!.Properties;
        Identity = typeof(INameKeyedRecord).IsAssignableFrom(entity.ClrType) ? Ll2Identity.Name
            : key.Any(p => p.Name == PositionProperty) ? Ll2Identity.Position
            : Ll2Identity.Id;
        Key = Identity == Ll2Identity.Id ? key.Single() : null;
        Position = entity.FindProperty(PositionProperty)?.PropertyInfo is { } position ? new ClrMember(position) : null;
    }

    public IEntityType Entity { get; }

    public Ll2Identity Identity { get; }

    /// <summary>The LL2 id's property, for <see cref="Ll2Identity.Id"/>.</summary>
    public IProperty? Key { get; }

    /// <summary>The place in a list, for list entries and records kept in LL2's list order.</summary>
    public ClrMember? Position { get; }

    public string Name => Entity.ClrType.Name;

    /// <summary>Records are looked up by (type, id) many times a chunk: a type's hash is its number, not an identity hash.</summary>
    public override int GetHashCode() => number;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public static Ll2RecordType Of(IEntityType entity) => Types.GetOrAdd(entity, e => new Ll2RecordType(e));

    /// <summary>What the LL2 key <paramref name="key"/> fills in this type.</summary>
    public Ll2Member Member(string key) => members.GetOrAdd(key, Resolve);

    private Ll2Member Resolve(string key)
    {
        if (key is "id" or "response_mode")
        {
            return Ll2Member.Unmapped;
        }

        var name = Ll2Names.ToPascalCase(key);
        if (Entity.FindNavigation(name) is { } navigation)
        {
            return navigation.IsCollection ? Ll2Member.ListOf(navigation) : Ll2Member.ReferenceTo(navigation);
        }

        return Entity.FindProperty(name) is { } property && !property.IsKey() && !property.IsForeignKey() && property.Name != nameof(Ll2Record.SourceRank)
            ? Ll2Member.ValueOf(property)
            : Ll2Member.Unmapped;
    }
}
