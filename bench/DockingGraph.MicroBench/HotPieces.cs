using System.Text.Encodings.Web;
using BenchmarkDotNet.Attributes;
using DockingGraph.Batching;
using DockingGraph.Execution;
using DockingGraph.Execution.Binding;
using DockingGraph.Execution.Limits;
using DockingGraph.Features.DockingEvents;
using DockingGraph.Querying;
using DockingGraph.Storage;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.MicroBench;

/// <summary>
/// The pieces every list request goes through, each alone: the gate (lex, parse, measure) and
/// GraphQL.NET's validation of the nested page; a deep <c>where</c> translated to an expression;
/// a cursor written and read back; the nested page's result written as JSON.
/// </summary>
[MemoryDiagnoser]
public class HotPieces
{
    private const string NestedPage = "{ dockingEvents(first: 100, order: [{ docking: DESC }]) { totalCount nodes { id docking departure dockingLocation { id name spacestation { id name } } spaceStationTarget { id name } flightVehicleChaser { id destination spacecraft { id name spacecraftConfig { id name agency { id name } } } } } } }";

    private readonly GraphLimits limits = new();
    private readonly GraphQLSerializer serializer = new(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private ServiceProvider services = null!;
    private ISchema schema = null!;
    private GraphQLDocument document = null!;
    private IEntityType dockingEvents = null!;
    private Dictionary<string, object?> deepWhere = null!;
    private SortOrder<DockingEvent> order = null!;
    private DockingEvent record = null!;
    private string cursor = "";
    private ExecutionResult result = null!;

    [GlobalSetup]
    public void SetUp()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Docking"] = $"Data Source={Path.Combine(Path.GetTempPath(), "dockinggraph-microbench.db")}",
        }).Build();
        services = new ServiceCollection().AddDockingStore(configuration).BuildServiceProvider();
        var loaders = new ModelLoaders(services.GetRequiredService<IDbContextFactory<DockingDbContext>>(), new SelectedColumns.ForLoaders());
        schema = DockingSchema.Build(DockingSchema.ReadSdl(Path.Combine(AppContext.BaseDirectory, "schema")), GraphBindings.Declared(), loaders);
        document = DocumentGate.Admit(NestedPage, limits)!;
        dockingEvents = loaders.Model.FindEntityType(typeof(DockingEvent))!;
        deepWhere = new()
        {
            ["and"] = new List<object?>
            {
                new Dictionary<string, object?> { ["docking"] = new Dictionary<string, object?> { ["gte"] = new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc) } },
                new Dictionary<string, object?> { ["dockingLocation"] = new Dictionary<string, object?> { ["spacestation"] = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["startsWith"] = "International" } } } },
                new Dictionary<string, object?> { ["flightVehicleChaser"] = new Dictionary<string, object?> { ["spacecraft"] = new Dictionary<string, object?> { ["spacecraftConfig"] = new Dictionary<string, object?> { ["agency"] = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["contains"] = "Russia" } } } } } },
                new Dictionary<string, object?> { ["id"] = new Dictionary<string, object?> { ["in"] = Enumerable.Range(0, 50).Cast<object?>().ToList() } },
            },
        };
        order = SortOrder.From<DockingEvent>(dockingEvents, new List<object?> { new Dictionary<string, object?> { ["docking"] = "DESC" } });
        record = new DockingEvent { Id = 181, Docking = new DateTime(2025, 12, 15, 20, 38, 16, DateTimeKind.Utc) };
        cursor = order.CursorOf(record);
        result = new ExecutionResult { Executed = true, Data = NestedPageData() };
    }

    [GlobalCleanup]
    public void CleanUp() => services.Dispose();

    [Benchmark]
    public GraphQLDocument? Gate() => DocumentGate.Admit(NestedPage, limits);

    [Benchmark]
    public async Task<IValidationResult> Validate() =>
        await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            RequestServices = services,
        });

    [Benchmark]
    public object TranslateDeepWhere() => FilterTranslator.ToPredicate<DockingEvent>(dockingEvents, deepWhere);

    [Benchmark]
    public string WriteCursor() => order.CursorOf(record);

    [Benchmark]
    public object ReadCursor() => order.After(cursor, "after", reverse: false);

    [Benchmark]
    public async Task<long> SerializeNestedPage()
    {
        using var stream = new MemoryStream();
        await serializer.WriteAsync(stream, result);
        return stream.Length;
    }

    /// <summary>The nested page's answer, shaped as the executer hands it to the serializer (100 events).</summary>
    private static Dictionary<string, object?> NestedPageData() => new()
    {
        ["dockingEvents"] = new Dictionary<string, object?>
        {
            ["totalCount"] = 2000,
            ["nodes"] = Enumerable.Range(0, 100).Select(i => (object?)new Dictionary<string, object?>
            {
                ["id"] = i,
                ["docking"] = "2025-12-15T20:38:16Z",
                ["departure"] = null,
                ["dockingLocation"] = new Dictionary<string, object?> { ["id"] = 61, ["name"] = "Tianhe aft (天和后向)", ["spacestation"] = new Dictionary<string, object?> { ["id"] = 18, ["name"] = "Tiangong space station (天宫空间站)" } },
                ["spaceStationTarget"] = new Dictionary<string, object?> { ["id"] = 18, ["name"] = "Tiangong space station (天宫空间站)" },
                ["flightVehicleChaser"] = new Dictionary<string, object?>
                {
                    ["id"] = 724,
                    ["destination"] = "Tiangong space station (天宫空间站)",
                    ["spacecraft"] = new Dictionary<string, object?> { ["id"] = 100724, ["name"] = "Tianzhou-55 (天舟55号)", ["spacecraftConfig"] = new Dictionary<string, object?> { ["id"] = 19, ["name"] = "Tianzhou (天舟)", ["agency"] = new Dictionary<string, object?> { ["id"] = 1, ["name"] = "China Aerospace Science and Technology Corporation" } } },
                },
            }).ToList(),
        },
    };
}
