using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;
using static DockingGraph.Tests.Infrastructure.RecordedLl2Api;

namespace DockingGraph.Tests.Sync;

/// <summary>
/// The scheduled sync in a gateway process, as it runs in production: what an upstream page holds
/// must not stop the process (a host stopped by a failed background service would exit, and with
/// code 0 a restart-on-failure policy would not start it again).
/// </summary>
public sealed class ScheduledSyncProcessTests : IAsyncLifetime
{
    private readonly string store = Path.Combine(Path.GetTempPath(), $"scheduled-sync-{Guid.NewGuid():N}.db");
    private RecordedLl2Api api = null!;

    public async Task InitializeAsync() => api = await StartAsync(GeneratedDockingData.Page(300));

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        File.Delete(store);
    }

    [Fact]
    public async Task A_page_with_a_lone_surrogate_is_one_warning_line_and_the_gateway_serves_on_and_applies_it_at_the_next_interval()
    {
        api.Script(100, Fault.LoneSurrogateInName);
        var hostile = $"{api.Endpoint}?limit=100&mode=detailed&offset=100";
        await using var gateway = GatewayProcess.Start(
            GatewayProcess.BuiltGateway,
            ["--urls=http://127.0.0.1:0", "--Database:Provider=Sqlite", $"--ConnectionStrings:Docking=Data Source={store}", "--Seed:Enabled=false", "--Sync:Interval=00:00:01", $"--Sync:Source={api.Endpoint}"],
            new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });
        using var http = new HttpClient { BaseAddress = await gateway.ListeningAsync() };

        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        JsonElement data;
        while (true)
        {
            Assert.False(gateway.HasExited, $"the gateway exited:\n{gateway.Output}\n{gateway.Errors}");
            using var answer = await http.PostAsJsonAsync("/graphql", new { query = "{ syncs { completedAt } dockingEvents { totalCount } }" });
            data = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
            if (data.GetProperty("syncs") is { ValueKind: JsonValueKind.Array } syncs && syncs.GetArrayLength() > 0 && syncs[0].GetProperty("completedAt").ValueKind == JsonValueKind.String)
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the scheduled sync did not complete within a minute:\n{gateway.Output}");
            await Task.Delay(100);
        }

        Assert.Equal(300, data.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
        var stopped = Assert.Single(gateway.Output.Split('\n'), line => line.Contains("Sync stopped:", StringComparison.Ordinal));
        Assert.Contains($"Sync stopped: {hostile}: $.results[0].", stopped, StringComparison.Ordinal);
        Assert.Contains("a string holds \\ud800, half of a surrogate pair without its other half", stopped, StringComparison.Ordinal);
        Assert.False(gateway.HasExited);
    }
}
