using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DockingGraph.Bench.Floor;

/// <summary>
/// <c>floor --Provider Sqlite|PostgreSQL --ConnectionString … --urls …</c>: the hand-written floor
/// as a server (Kestrel, no middleware): <c>POST /graphql</c> answers the scenarios it serves
/// (<see cref="FloorAnswers"/>), and <c>GET /counters</c> says requests answered, statements run
/// and bytes allocated so far, which the suite reads around a round as it reads the gateway's.
/// </summary>
public static class FloorCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var provider = builder.Configuration["Provider"] ?? throw new ArgumentException("floor needs --Provider Sqlite|PostgreSQL");
        var connectionString = builder.Configuration["ConnectionString"] ?? throw new ArgumentException("floor needs --ConnectionString");
        await using var store = new FloorStore(provider, connectionString);
        var answers = new FloorAnswers(store);
        await using var app = builder.Build();
        app.MapPost("/graphql", answers.AnswerAsync);
        app.MapGet("/counters", () => FormattableString.Invariant($"{answers.Requests} {store.Statements} {GC.GetTotalAllocatedBytes()}"));
        await app.RunAsync();
        return 0;
    }
}
