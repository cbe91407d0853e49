using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DockingGraph.Mirror;

/// <summary>
/// The JSON Schemas of the mirror's records, among an OpenAPI document's components: one per
/// shape that writes differently (by <see cref="Ll2Shape.Signature"/>), named by its graph type
/// and LL2's <c>response_mode</c> where it has one (<c>Image</c>, <c>Agency_list</c>,
/// <c>Agency_normal</c>), numbered when two shapes share a name.
/// </summary>
internal sealed class Ll2Schemas(OpenApiDocument document)
{
    private readonly Dictionary<string, string> names = [];

    /// <summary>A reference to the schema of records of <paramref name="shape"/>, made the first time.</summary>
    public IOpenApiSchema Of(Ll2Shape shape)
    {
        if (!names.TryGetValue(shape.Signature, out var name))
        {
            var components = document.Components ??= new OpenApiComponents();
            components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            var named = shape.Places.OfType<ConstantPlace>().FirstOrDefault() is { } mode ? $"{shape.TypeName}_{mode.Value}" : shape.TypeName;
            name = named;
            for (var n = 2; components.Schemas.ContainsKey(name); n++)
            {
                name = $"{named}{n}";
            }

            names[shape.Signature] = name;
            components.Schemas[name] = new OpenApiSchema();
            components.Schemas[name] = Record(shape);
        }

        return new OpenApiSchemaReference(name, document);
    }

    private OpenApiSchema Record(Ll2Shape shape)
    {
        var properties = new Dictionary<string, IOpenApiSchema>();
        foreach (var place in shape.Places)
        {
            properties[place.Key] = place switch
            {
                ConstantPlace constant => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(constant.Value)] },
                RecordUrlPlace => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
                ValuePlace value => Scalar(value.Scalar),
                RecordPlace { IsList: true } list => new OpenApiSchema { Type = JsonSchemaType.Array | JsonSchemaType.Null, Items = Of(list.Shape) },
                RecordPlace record => new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, Of(record.Shape)] },
                _ => throw new InvalidOperationException($"No schema for {place}."),
            };
        }

        return Ll2OpenApi.Object(properties);
    }

    /// <summary>A graph scalar as JSON Schema: the value may be null, as LL2's may.</summary>
    private static OpenApiSchema Scalar(string scalar) => scalar switch
    {
        "Int" => new() { Type = JsonSchemaType.Integer | JsonSchemaType.Null },
        "Float" => new() { Type = JsonSchemaType.Number | JsonSchemaType.Null },
        "Boolean" => new() { Type = JsonSchemaType.Boolean | JsonSchemaType.Null },
        "DateTime" => new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date-time" },
        "Date" => new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date" },
        "Duration" => new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "duration" },
        _ => new() { Type = JsonSchemaType.String | JsonSchemaType.Null },
    };
}
