using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Import;
using GraphQL.Types;

namespace DockingGraph.Mirror;

/// <summary>What the mirror writes under one key of an LL2 record, in the record's key order.</summary>
internal abstract record Ll2Place(string Key)
{
    /// <summary><c>"key":</c>, as the answer writes it.</summary>
    public byte[] Property { get; } = Ll2RecordWriter.PropertyName(Key);
}

/// <summary>A key whose value LL2 writes as a constant: a nested record's <c>response_mode</c>.</summary>
internal sealed record ConstantPlace(string Key, string Value) : Ll2Place(Key)
{
    /// <summary><c>"response_mode":"normal"</c>, as the answer writes it.</summary>
    public byte[] Written { get; } = [.. Ll2RecordWriter.PropertyName(Key), (byte)'"', .. Ll2RecordWriter.Encoded(Value), (byte)'"'];
}

/// <summary>A value read from the graph: the field of the key's camelCase name, or down a path of fields (<paramref name="Depth"/> of them; null if any is null).</summary>
/// <param name="Scalar">The graph's scalar type of the value (<c>Int</c>, <c>DateTime</c>…).</param>
internal sealed record ValuePlace(string Key, int Depth, string Scalar) : Ll2Place(Key);

/// <summary>The record's own address in the mirror, made from its <c>id</c> (<see cref="Ll2Resources"/>).</summary>
internal sealed record RecordUrlPlace(string Key, string Resource) : Ll2Place(Key)
{
    /// <summary><c>space_stations/</c>: what follows the site in the address.</summary>
    public byte[] Path { get; } = Ll2RecordWriter.Encoded($"{Resource}/");
}

/// <summary>A nested record, or a list of them.</summary>
internal sealed record RecordPlace(string Key, Ll2Shape Shape, bool IsList) : Ll2Place(Key);

/// <summary>How the writer writes a place.</summary>
internal enum Ll2Write
{
    /// <summary>A constant.</summary>
    Constant,

    /// <summary>The record's address, from its id.</summary>
    Address,

    /// <summary>Copied from the graph's answer with its key: a value, or a record with nothing else to write.</summary>
    Copied,

    /// <summary>Copied, and kept as the record's id for its address.</summary>
    CopiedId,

    /// <summary>The value at the end of a path of fields.</summary>
    Path,

    /// <summary>A nested record.</summary>
    Record,

    /// <summary>A list of nested records.</summary>
    List,
}

/// <summary>
/// One LL2 record's shape in one version and mode: its keys in LL2's order, and for each what to
/// write. It is read from a template (an LL2 record with its values left out, in
/// <c>Mirror/Templates</c>) against the graph's types, and asks the graph for exactly the fields
/// it writes, each under its LL2 key as an alias (<see cref="Selection"/>), in the same order.
/// </summary>
/// <remarks>
/// A template's values say where each key's value comes from:
/// <list type="bullet">
/// <item><c>null</c>: the graph field of the key's camelCase name (<c>serial_number</c> → <c>serialNumber</c>);</item>
/// <item>a string of dotted graph fields: the value down that path (2.2.0's <c>launch_id</c> is <c>flightVehicleChaser.launch.id</c>);</item>
/// <item>an object, or a list of one object: a nested record, from the field of the key's name, or of the name its <c>"$graph"</c> key gives;</item>
/// <item><c>response_mode</c>'s string: the constant LL2 writes there;</item>
/// <item><c>url</c> of a record LL2 gives an address: made from the record's id (<see cref="Ll2Resources"/>).</item>
/// </list>
/// </remarks>
internal sealed class Ll2Shape
{
    private const string GraphKey = "$graph";

    private Ll2Shape(string typeName, IReadOnlyList<Ll2Place> places, string selection)
    {
        TypeName = typeName;
        Places = places;
        Selection = selection;
        IsPlain = places.All(place => place switch
        {
            ValuePlace value => value.Depth == 1,
            RecordPlace record => record.Shape.IsPlain,
            _ => false,
        });
        FieldPlaces = [.. Enumerable.Range(0, places.Count).Where(i => places[i] is ValuePlace or RecordPlace)];
        IdField = FieldPlaces.ToList().FindIndex(i => places[i] is ValuePlace { Key: "id", Depth: 1 });
        Writes = [.. places.Select(place => place switch
        {
            ConstantPlace => Ll2Write.Constant,
            RecordUrlPlace => Ll2Write.Address,
            ValuePlace { Key: "id", Depth: 1 } => Ll2Write.CopiedId,
            ValuePlace { Depth: 1 } => Ll2Write.Copied,
            ValuePlace => Ll2Write.Path,
            RecordPlace { Shape.IsPlain: true } => Ll2Write.Copied,
            RecordPlace { IsList: true } => Ll2Write.List,
            _ => Ll2Write.Record,
        })];
    }

    /// <summary>How each place is written, in place order (what <see cref="Ll2RecordWriter"/> switches on).</summary>
    public IReadOnlyList<Ll2Write> Writes { get; }

    /// <summary>The places the graph answers (all but the constants and addresses), in order: the <i>n</i>th is the <i>n</i>th field of <see cref="Selection"/>.</summary>
    public IReadOnlyList<int> FieldPlaces { get; }

    /// <summary>The field of the record's <c>id</c>, whose value makes its address; -1 for none.</summary>
    public int IdField { get; }

    /// <summary>The graph type the record is.</summary>
    public string TypeName { get; }

    public IReadOnlyList<Ll2Place> Places { get; }

    /// <summary>Whether the graph's answer for the record is its LL2 JSON as it is: no constant, address or path in it or below.</summary>
    public bool IsPlain { get; }

    /// <summary>What makes two shapes write the same: their keys, in order, and what each writes.</summary>
    public string Signature => field ??= string.Join(',', Places.Select(place => place switch
    {
        ConstantPlace constant => $"{constant.Key}={constant.Value}",
        RecordPlace record => $"{record.Key}{(record.IsList ? "[]" : "")}{{{record.Shape.Signature}}}",
        _ => place.Key,
    }));

    /// <summary>The graph selection that answers every place but the constants and addresses, in place order, aliased by LL2 key: <c>{ id docking_location: dockingLocation { … } }</c>.</summary>
    public string Selection { get; }

    /// <summary>Reads <paramref name="template"/> as a record of graph type <paramref name="type"/> in <paramref name="version"/>.</summary>
    /// <exception cref="InvalidOperationException">The template names a field the graph does not have, or nests where the graph does not.</exception>
    public static Ll2Shape Read(JsonObject template, IComplexGraphType type, string version) => Read(template, type, version, type.Name);

    private static Ll2Shape Read(JsonObject template, IComplexGraphType type, string version, string path)
    {
        var places = new List<Ll2Place>();
        var selection = new StringBuilder("{");
        var resource = Ll2Resources.Of(version, type.Name);
        foreach (var (key, value) in template)
        {
            if (key == GraphKey)
            {
                continue;
            }

            if (key == "response_mode")
            {
                places.Add(new ConstantPlace(key, value?.GetValue<string>() ?? throw Invalid(path, key, "a response_mode needs its value")));
                continue;
            }

            if (key == "url" && value is null && resource is not null)
            {
                places.Add(new RecordUrlPlace(key, resource));
                continue;
            }

            switch (value)
            {
                case null:
                    var field = Field(type, Ll2Names.ToCamelCase(key), path, key);
                    if (Unwrapped(field.ResolvedType!) is IComplexGraphType)
                    {
                        throw Invalid(path, key, $"{type.Name}.{field.Name} is a record: give its keys");
                    }

                    places.Add(new ValuePlace(key, 1, Unwrapped(field.ResolvedType!).Name));
                    selection.Append(' ').Append(Alias(key, field.Name));
                    break;
                case JsonValue text when text.TryGetValue<string>(out var fieldPath):
                    var (fields, leaf) = PathSelection(type, fieldPath.Split('.'), path, key);
                    places.Add(new ValuePlace(key, fieldPath.Split('.').Length, leaf));
                    selection.Append(' ').Append(key).Append(": ").Append(fields);
                    break;
                case JsonObject record:
                    var name = record[GraphKey]?.GetValue<string>() ?? Ll2Names.ToCamelCase(key);
                    var nested = Nested(type, name, path, key, list: false);
                    var shape = Read(record, nested, version, $"{path}.{key}");
                    places.Add(new RecordPlace(key, shape, IsList: false));
                    selection.Append(' ').Append(Alias(key, name)).Append(' ').Append(shape.Selection);
                    break;
                case JsonArray { Count: 1 } list when list[0] is JsonObject item:
                    var itemType = Nested(type, Ll2Names.ToCamelCase(key), path, key, list: true);
                    var itemShape = Read(item, itemType, version, $"{path}.{key}[]");
                    places.Add(new RecordPlace(key, itemShape, IsList: true));
                    selection.Append(' ').Append(Alias(key, Ll2Names.ToCamelCase(key))).Append(' ').Append(itemShape.Selection);
                    break;
                default:
                    throw Invalid(path, key, "a value is null, a path of fields, an object or a list of one object");
            }
        }

        if (places.OfType<RecordUrlPlace>().Any() && !places.Any(p => p is ValuePlace { Key: "id", Depth: 1 }))
        {
            throw Invalid(path, "url", "an address is made from the record's id, which must come before it");
        }

        return new Ll2Shape(type.Name, places, selection.Append(" }").ToString());
    }

    /// <summary>The selection down a path of fields, and the scalar type at its end.</summary>
    private static (string Selection, string Scalar) PathSelection(IComplexGraphType type, string[] fields, string path, string key)
    {
        var field = Field(type, fields[0], path, key);
        if (fields.Length == 1)
        {
            return (field.Name, Unwrapped(field.ResolvedType!).Name);
        }

        var nested = Unwrapped(field.ResolvedType!) as IComplexGraphType ?? throw Invalid(path, key, $"{type.Name}.{field.Name} has no fields");
        var (selection, scalar) = PathSelection(nested, fields[1..], path, key);
        return ($"{field.Name} {{ {selection} }}", scalar);
    }

    private static IComplexGraphType Nested(IComplexGraphType type, string name, string path, string key, bool list)
    {
        var field = Field(type, name, path, key);
        var isList = (field.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : field.ResolvedType) is ListGraphType;
        if (isList != list)
        {
            throw Invalid(path, key, list ? $"{type.Name}.{name} is not a list" : $"{type.Name}.{name} is a list: give it as a list of one record");
        }

        return Unwrapped(field.ResolvedType!) as IComplexGraphType ?? throw Invalid(path, key, $"{type.Name}.{name} is not a record");
    }

    private static FieldType Field(IComplexGraphType type, string name, string path, string key) =>
        type.GetField(name) ?? throw Invalid(path, key, $"the graph's {type.Name} has no field {name}");

    private static IGraphType Unwrapped(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrapped(nonNull.ResolvedType!),
        ListGraphType list => Unwrapped(list.ResolvedType!),
        _ => type,
    };

    private static string Alias(string key, string field) => key == field ? key : $"{key}: {field}";

    private static InvalidOperationException Invalid(string path, string key, string why) => new($"LL2 template {path}.{key}: {why}.");
}
