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
/// process answers the hostile shapes too and is alive after them. The same requests on every run
/// (<see cref="FuzzSample"/>); fresh ones, more of them:
/// <c>FUZZ_ITERATIONS=20000 FUZZ_SEED= dotnet test --filter FuzzingTests</c>.
/// </summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class FuzzingTests(GatewayFactory gateway)
{
    private static readonly int Iterations = FuzzSample.Iterations("FUZZ_ITERATIONS", 400);

    [SkippableFact]
    public async Task The_same_requests_are_generated_on_every_run()
    {
        Skip.IfNot(FuzzSample.IsFixed, "FUZZ_SEED is empty: this run draws fresh requests");
        var fuzzer = new SchemaFuzzer(gateway.Services.GetRequiredService<ISchema>());

        var first = await DrawAsync(fuzzer);

        Assert.Equal(first, await DrawAsync(fuzzer));
        Assert.True(first.Distinct().Count() > 40, $"{first.Distinct().Count()} different requests of 50");
    }

    [Fact]
    public async Task Every_generated_request_gets_a_GraphQL_answer_and_a_third_of_them_run()
    {
        var fuzzer = new SchemaFuzzer(gateway.Services.GetRequiredService<ISchema>());
        using var client = gateway.CreateClient();
        var ran = 0;
        var total = 0;

        await fuzzer.Requests.CheckEachAsync(
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
            Iterations,
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

        await fuzzer.HostileRequests.CheckEachAsync(
            async request =>
            {
                var (status, text) = await process.SendAsync(request.Query, request.Variables);

                Assert.True(status < 500, $"{status} for {request.Query}\n{text}");
                Assert.True(text.Contains("\"data\"", StringComparison.Ordinal) || text.Contains("\"errors\"", StringComparison.Ordinal), text);
                Assert.DoesNotContain("Unexpected server error", text, StringComparison.Ordinal);
            },
            Iterations / 2,
            print: request => $"{request.Query}\n{JsonSerializer.Serialize(request.Variables)}");

        Assert.False(process.HasExited);
        Assert.Equal("Query", (await process.PostAsync("{ __typename }")).GetProperty("data").GetProperty("__typename").GetString());
    }

    private static async Task<List<string>> DrawAsync(SchemaFuzzer fuzzer)
    {
        var drawn = new List<string>();
        await fuzzer.Requests.CheckEachAsync(
            request =>
            {
                drawn.Add(request.Query + JsonSerializer.Serialize(request.Variables));
                return Task.CompletedTask;
            },
            50,
            print: request => request.Query);
        return drawn;
    }
}
