using NetArchTest.Rules;

namespace DockingGraph.Tests.Architecture;

/// <summary>
/// The folders of the gateway and what each may use (ARCHITECTURE.md draws them). A request goes
/// one way, HTTP → execution → querying → batching → storage; the features plug into execution
/// through <c>IGraphBinding</c>, found by reflection, so no layer below them names one; the import
/// path writes through the features' records into storage. Namespaces follow folders, so a using
/// that points the wrong way fails here, naming the types that do it.
/// </summary>
public class LayeringTests
{
    private const string Shared = "Startup Telemetry Values";

    /// <summary>Each folder, and the folders of ours it may use besides itself (the table is acyclic, so no two folders import each other).</summary>
    public static TheoryData<string, string> Folders => new()
    {
        { "CommandLine", $"Http Execution Querying Batching Storage Features Import Sync {Shared}" },
        { "Mirror", $"Http Import Execution Querying Batching Storage {Shared}" },
        { "Http", $"Execution Querying Batching Storage {Shared}" },
        { "Sync", $"Import Features Execution Querying Batching Storage {Shared}" },
        { "Import", $"Features Changes Storage {Shared}" },
        { "Features", $"Execution Querying Batching Changes Storage {Shared}" },
        { "Execution", $"Querying Batching Storage {Shared}" },
        { "Querying", $"Batching Storage {Shared}" },
        { "Batching", $"Storage {Shared}" },
        { "Changes", $"Storage {Shared}" },
        { "Storage", Shared },
        { "Startup", "" },
        { "Telemetry", "Startup" },
        { "Values", "" },
    };

    private static readonly string[] All = ["CommandLine", "Mirror", "Http", "Sync", "Import", "Features", "Execution", "Querying", "Batching", "Changes", "Storage", "Startup", "Telemetry", "Values"];

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_only_the_folders_below_it(string folder, string mayUse)
    {
        var allowed = mayUse.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(folder).ToHashSet(StringComparer.Ordinal);
        var forbidden = All.Where(f => !allowed.Contains(f)).Select(f => $"DockingGraph.{f}").ToArray();

        var result = Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespaceStartingWith($"DockingGraph.{folder}.").Or().ResideInNamespace($"DockingGraph.{folder}")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{folder} uses what it may not: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Every_type_lives_in_a_folder_of_the_table()
    {
        var outside = Types.InAssembly(typeof(Program).Assembly).GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("DockingGraph", StringComparison.Ordinal)
                && !All.Any(f => ns == $"DockingGraph.{f}" || ns.StartsWith($"DockingGraph.{f}.", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(outside);
    }
}
