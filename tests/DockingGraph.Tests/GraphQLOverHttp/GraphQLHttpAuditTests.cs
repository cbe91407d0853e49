using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.GraphQLOverHttp;

/// <summary>
/// The GraphQL-over-HTTP spec's own audit suite (npm <c>graphql-http</c>, <c>auditServer</c>)
/// against the gateway on a real socket: one test per audit, and every one must pass. A MAY audit
/// the gateway declines on purpose is listed in <see cref="DeclinedMayAudits"/> with why, and is
/// no test at all (a skipped test would fail CI, which installs everything the suite needs).
/// </summary>
public sealed class GraphQLHttpAuditTests(GraphQLHttpAuditTests.AuditRun run) : IClassFixture<GraphQLHttpAuditTests.AuditRun>
{
    private static readonly string AuditFolder = Path.Combine(Node.TestsFolder, "GraphQLOverHttp", "audit");

    /// <summary>MAY audits declined on purpose, by id, with why: none, the gateway meets every one.</summary>
    private static readonly Dictionary<string, string> DeclinedMayAudits = [];

    /// <summary>The audits, listed by the suite itself.</summary>
    public static TheoryData<string, string> Audits()
    {
        var audits = new TheoryData<string, string>();
        var listing = Node.RunAsync(AuditFolder, "audit.mjs", "--list").GetAwaiter().GetResult();
        foreach (var line in listing.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var audit = JsonDocument.Parse(line).RootElement;
            if (DeclinedMayAudits.ContainsKey(audit.GetProperty("id").GetString()!))
            {
                continue;
            }

            audits.Add(audit.GetProperty("id").GetString()!, audit.GetProperty("name").GetString()!);
        }

        return audits;
    }

    [Theory]
    [MemberData(nameof(Audits))]
    public async Task The_audit_passes(string id, string name)
    {
        var results = await run.Results.Value;
        var result = Assert.Single(results, r => r.GetProperty("id").GetString() == id);
        var status = result.GetProperty("status").GetString();
        var reason = result.GetProperty("reason").ToString();

        Assert.True(status == "ok", $"{name}: {status}: {reason}");
    }

    /// <summary>The gateway on a socket, audited once for all the tests.</summary>
    public sealed class AuditRun : IDisposable
    {
        private readonly KestrelGateway gateway = new();

        public AuditRun()
        {
            Results = new Lazy<Task<List<JsonElement>>>(async () =>
            {
                var output = await Node.RunAsync(AuditFolder, "audit.mjs", gateway.GraphQLEndpoint.ToString());
                return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
            });
        }

        public Lazy<Task<List<JsonElement>>> Results { get; }

        public void Dispose() => gateway.Dispose();
    }
}
