using System.Net.Http.Json;
using System.Text.Json;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>The built gateway as a process on a seeded SQLite file of its own, and a client of it.</summary>
public sealed class GatewayProcessClient : IAsyncDisposable
{
    private static readonly JsonSerializerOptions DeepAnswers = new() { MaxDepth = 1024 };
    private readonly GatewayProcess process;
    private readonly string folder;
    private readonly HttpClient http;

    private GatewayProcessClient(GatewayProcess process, string folder, Uri address)
    {
        this.process = process;
        this.folder = folder;
        http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public bool HasExited => process.HasExited;

    /// <summary>Where the process listens (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri Address => http.BaseAddress!;

    public static async Task<GatewayProcessClient> StartAsync(params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("dockinggraph-process-").FullName;
        var process = GatewayProcess.Start(
            GatewayProcess.BuiltGateway,
            ["--urls=http://127.0.0.1:0", $"--ConnectionStrings:Docking=Data Source={Path.Combine(folder, "docking.db")}", .. settings],
            new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });
        try
        {
            return new GatewayProcessClient(process, folder, await process.ListeningAsync());
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public async Task<JsonElement> PostAsync(string query, object? variables = null) =>
        JsonSerializer.Deserialize<JsonElement>((await SendAsync(query, variables)).Body, DeepAnswers);

    /// <summary>Posts a request and reads its status and body as they are.</summary>
    public async Task<(int Status, string Body)> SendAsync(string query, object? variables = null)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException exception)
        {
            throw new InvalidOperationException($"the gateway process did not answer (exited: {process.HasExited}):\n{process.Errors}\n{process.Output[^Math.Min(4000, process.Output.Length)..]}", exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await process.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
