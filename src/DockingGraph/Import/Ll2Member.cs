using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Import;

internal enum Ll2MemberKind
{
    /// <summary>Not in the model (yet): kept only in the record's source JSON.</summary>
    Unmapped,

    /// <summary>A value of the record itself.</summary>
    Value,

    /// <summary>Another record, by reference.</summary>
    Reference,

    /// <summary>An ordered list of records.</summary>
    List,
}

/// <summary>How a list's items are kept.</summary>
internal enum Ll2ListKind
{
    /// <summary>Entries that point to shared records (<see cref="ListEntry{TItem}"/>: an agency's countries).</summary>
    Links,

    /// <summary>Records of the owner's own, keyed by their place in the list (a mission's info URLs).</summary>
    Positioned,

    /// <summary>Records with their own ids, in the owner's order (an image's variants).</summary>
    Records,
}

/// <summary>What one LL2 key fills in a record: a value, a reference, or a list.</summary>
internal sealed class Ll2Member
{
    private const string ItemNavigation = nameof(ListEntry<object>.Item);

    private Ll2Member(Ll2MemberKind kind, IProperty? property = null, INavigation? navigation = null)
    {
        Kind = kind;
        Property = property;
        Navigation = navigation;
        Value = property?.PropertyInfo is { } value ? new ClrMember(value) : null;
        Reference = navigation is { IsCollection: false, PropertyInfo: { } reference } ? new ClrMember(reference) : null;
    }

    public static Ll2Member Unmapped { get; } = new(Ll2MemberKind.Unmapped);

    public Ll2MemberKind Kind { get; }

    /// <summary>The value's property; for a reference, its foreign key.</summary>
    public IProperty? Property { get; }

    public INavigation? Navigation { get; }

    /// <summary>The value's property on the CLR object; for a reference, its foreign key's.</summary>
    public ClrMember? Value { get; }

    /// <summary>A reference's navigation on the CLR object.</summary>
    public ClrMember? Reference { get; }

    /// <summary>For links, the entry's navigation to the shared record, on the CLR object.</summary>
    public ClrMember? ItemReference { get; private init; }

    public Ll2ListKind ListKind { get; private init; }

    /// <summary>For links, the entry's navigation to the shared record.</summary>
    public INavigation? Item { get; private init; }

    /// <summary>The record type a reference points to, or a list's items are (a link's shared record).</summary>
    public Ll2RecordType Target => Ll2RecordType.Of(Item?.TargetEntityType ?? Navigation!.TargetEntityType);

    /// <summary>The list's entry type (the link, or the item itself).</summary>
    public Ll2RecordType Entry => Ll2RecordType.Of(Navigation!.TargetEntityType);

    public static Ll2Member ValueOf(IProperty property) => new(Ll2MemberKind.Value, property);

    public static Ll2Member ReferenceTo(INavigation navigation) =>
        new(Ll2MemberKind.Reference, navigation.ForeignKey.Properties.Single(), navigation);

    public static Ll2Member ListOf(INavigation navigation)
    {
        var entry = Ll2RecordType.Of(navigation.TargetEntityType);
        var item = navigation.TargetEntityType.FindNavigation(ItemNavigation);
        var kind = item is not null ? Ll2ListKind.Links
            : entry.Identity == Ll2Identity.Position ? Ll2ListKind.Positioned
            : Ll2ListKind.Records;
        return new Ll2Member(Ll2MemberKind.List, navigation: navigation)
        {
            ListKind = kind,
            Item = item,
            ItemReference = item?.PropertyInfo is { } reference ? new ClrMember(reference) : null,
        };
    }
}
