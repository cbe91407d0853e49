using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DockingGraph.Mirror;

/// <summary>
/// The mirror's OpenAPI document, at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi): each
/// route with the query parameters its version reads, and its answers with their records' schemas,
/// made from the same shapes the mirror writes (the graph's scalar of each value, LL2's key order).
/// </summary>
internal static class Ll2OpenApi
{
    /// <summary>The document, and the group of the routes in it: the graph is described by its own schema, not here.</summary>
    public const string Document = "v1";

    public static IServiceCollection AddLl2OpenApi(this IServiceCollection services) =>
        services.AddOpenApi(Document, options =>
        {
            options.ShouldInclude = description => description.GroupName == Document;
            options.AddDocumentTransformer((document, context, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "DockingGraph LL2 mirror",
                    Version = Document,
                    Description = "Launch Library 2's docking event endpoints, answered from this gateway's store in LL2's shapes: point an LL2 client at this host.",
                };
                Describe(document, context.ApplicationServices.GetRequiredService<Ll2Mirror>());
                return Task.CompletedTask;
            });
        });

    /// <summary>Describes a list route's parameters.</summary>
    public static RouteHandlerBuilder DescribedAsList(this RouteHandlerBuilder route, Ll2Endpoint endpoint) =>
        route.WithGroupName(Document).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Summary = $"LL2 {endpoint.Version} {endpoint.Resource}: a page of docking events";
            operation.Parameters = [.. Ll2Parameters.Of(endpoint.Version).Append("format").Select(Parameter)];
            return Task.CompletedTask;
        });

    /// <summary>Describes a record's route's parameters.</summary>
    public static RouteHandlerBuilder DescribedAsRecord(this RouteHandlerBuilder route, Ll2Endpoint endpoint) =>
        route.WithGroupName(Document).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Summary = $"LL2 {endpoint.Version} {endpoint.Resource}: one docking event by its id";
            operation.Parameters =
            [
                new OpenApiParameter { Name = "id", In = ParameterLocation.Path, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
                Parameter("format"),
            ];
            return Task.CompletedTask;
        });

    /// <summary>
    /// The routes at LL2's addresses (ending with a slash, which routing leaves out of its
    /// patterns), and their answers: each record shape once among the components (a nested record
    /// written the same way in many places, an image, is one schema), referred to by the routes.
    /// </summary>
    private static void Describe(OpenApiDocument document, Ll2Mirror mirror)
    {
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            paths[path.EndsWith('/') ? path : path + "/"] = item;
        }

        document.Paths = paths;
        var schemas = new Ll2Schemas(document);
        foreach (var endpoint in Ll2Endpoint.All)
        {
            var operations = mirror.For(endpoint);
            if (paths.GetValueOrDefault(endpoint.Path + "/")?.Operations?.GetValueOrDefault(HttpMethod.Get) is { } list)
            {
                Answered(list, new JsonObject { ["normal"] = operations.Normal.Text, ["detailed"] = operations.Detailed.Text });
                list.Responses = new OpenApiResponses
                {
                    ["200"] = Json("A page: the whole count, the neighbouring pages' addresses, and the records (detailed with mode=detailed).", Page(schemas.Of(operations.Normal.Shape), schemas.Of(operations.Detailed.Shape))),
                    ["400"] = Json("A filter value that does not parse, named with DRF's messages.", Errors()),
                    ["404"] = Json("A format other than json or api.", Detail()),
                };
            }

            if (paths.GetValueOrDefault(endpoint.Path + "/{id}/")?.Operations?.GetValueOrDefault(HttpMethod.Get) is { } record)
            {
                Answered(record, JsonValue.Create(operations.Record.Text));
                record.Responses = new OpenApiResponses
                {
                    ["200"] = Json("The docking event.", schemas.Of(operations.Record.Shape)),
                    ["404"] = Json("No docking event has this id.", Detail()),
                };
            }
        }
    }

    /// <summary>The graph operation that answers the route (<c>x-graphql</c>): what the same request is in the graph.</summary>
    private static void Answered(OpenApiOperation operation, JsonNode graphql) =>
        (operation.Extensions ??= new Dictionary<string, IOpenApiExtension>())["x-graphql"] = new JsonNodeExtension(graphql);

    private static OpenApiParameter Parameter(string name) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = Ll2Parameters.Describe(name),
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static OpenApiResponse Json(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
    };

    private static OpenApiSchema Page(IOpenApiSchema normal, IOpenApiSchema detailed) => Object(new()
    {
        ["count"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
        ["next"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "uri" },
        ["previous"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "uri" },
        ["results"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = normal == detailed ? normal : new OpenApiSchema { OneOf = [normal, detailed] } },
    });

    internal static OpenApiSchema Object(Dictionary<string, IOpenApiSchema> properties) =>
        new() { Type = JsonSchemaType.Object, Properties = properties, Required = new HashSet<string>(properties.Keys) };

    private static OpenApiSchema Errors() => new()
    {
        Type = JsonSchemaType.Object,
        AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
    };

    private static OpenApiSchema Detail() => Object(new() { ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String } });
}
