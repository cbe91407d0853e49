using System.Net.Http.Json;
using System.Text.Json;
using CsCheck;
using DockingGraph.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// Property: whatever document, variables and <c>where</c>/<c>order</c>/<c>search</c> a client
/// sends, the gateway answers with a GraphQL response, never a 5xx and never an unexpected error;
/// and the generated documents are real enough that at least a third of them run; and a gateway
/// process answers the hostile shapes too and is alive after them. A fixed seed in CI; a longer
/// run: <c>FUZZ_ITERATIONS=20000 FUZZ_SEED= dotnet test --filter FuzzingTests</c> (a seed CsCheck
/// printed: <c>FUZZ_SEED=seed</c>).
/// </summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class FuzzingTests(GatewayFactory gateway)
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) ? n : 400;

    /// <summary>CsCheck's seed for CI's run; an empty FUZZ_SEED draws a new one (printed when a run fails).</summary>
    private static readonly string? Seed = Environment.GetEnvironmentVariable("FUZZ_SEED") is { } seed ? seed.Length == 0 ? null : seed : "0N0XIzNsQ0O2";

    [Fact]
    public async Task Every_generated_request_gets_a_GraphQL_answer_and_a_third_of_them_run()
    {
        var fuzzer = new SchemaFuzzer(gateway.Services.GetRequiredService<ISchema>());
        using var client = gateway.CreateClient();
        var ran = 0;
        var total = 0;

        await fuzzer.Requests.SampleAsync(
            async request =>
            {
                using var response = await client.PostAsJsonAsync("/graphql", new { query = request.Query, variables = request.Variables });
                var text = await response.Content.ReadAsStringAsync();

                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {request.Query}\n{text}");
                using var body = JsonDocument.Parse(text);
                var root = body.RootElement;
                Assert.True(root.TryGetProperty("data", out _) || root.TryGetProperty("errors", out _), text);
                Assert.DoesNotContain("Unexpected server error", text, StringComparison.Ordinal);
                Interlocked.Increment(ref total);
                if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
                {
                    Interlocked.Increment(ref ran);
                }
            },
            seed: Seed,
            iter: Iterations,
            threads: 1,
            print: request => $"{request.Query}\n{JsonSerializer.Serialize(request.Variables)}");

        Assert.True(ran * 3 >= total, $"{ran} of {total} generated requests ran");
    }

    /// <summary>
    /// The hostile shapes too (fragment chains, nesting through spreads, sizes at each limit), sent
    /// to a gateway process, where a stack overflow ends the process and fails the run instead of
    /// ending the test run: every request is answered, and the process answers after the batch.
    /// </summary>
    [Fact]
    public async Task A_gateway_process_answers_every_generated_request_and_is_alive_after_them()
    {
        var fuzzer = new SchemaFuzzer(gateway.Services.GetRequiredService<ISchema>());
        await using var process = await GatewayProcessClient.StartAsync();

        await fuzzer.HostileRequests.SampleAsync(
            async request =>
            {
                var (status, text) = await process.SendAsync(request.Query, request.Variables);

                Assert.True(status < 500, $"{status} for {request.Query}\n{text}");
                Assert.True(text.Contains("\"data\"", StringComparison.Ordinal) || text.Contains("\"errors\"", StringComparison.Ordinal), text);
                Assert.DoesNotContain("Unexpected server error", text, StringComparison.Ordinal);
            },
            seed: Seed,
            iter: Iterations / 2,
            threads: 1,
            print: request => $"{request.Query}\n{JsonSerializer.Serialize(request.Variables)}");

        Assert.False(process.HasExited);
        Assert.Equal("Query", (await process.PostAsync("{ __typename }")).GetProperty("data").GetProperty("__typename").GetString());
    }
}
