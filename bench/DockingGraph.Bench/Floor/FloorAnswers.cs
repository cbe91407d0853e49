using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace DockingGraph.Bench.Floor;

/// <summary>
/// What the floor answers at <c>POST /graphql</c>: for each scenario it serves, the exact body the
/// suite sends for it (<see cref="Scenario.Body"/>), answered by that scenario's hand-written
/// query. The floor does not parse GraphQL, nor JSON: any other body is a 400.
/// </summary>
public sealed class FloorAnswers
{
    /// <summary>The scenarios the floor serves, by the start of their names, and their queries.</summary>
    private static readonly (string Scenario, Func<FloorStore, IFloorQuery> Query)[] Served =
    [
        ("nested page", store => new NestedPageFloor(store)),
        ("reverse relations", store => new StationEventsFloor(store)),
        ("one record by id", store => new EventByIdFloor(store)),
    ];

    private readonly FloorStore store;
    private readonly (byte[] Body, IFloorQuery Query)[] answers;
    private readonly int longest;
    private long requests;

    public FloorAnswers(FloorStore store)
    {
        this.store = store;
        answers = [.. Scenario.All.SelectMany(s => Served.Where(f => Serves(s, f.Scenario)).Select(f => (Encoding.UTF8.GetBytes(Scenario.Body(s.Query)), f.Query(store))))];
        longest = answers.Max(a => a.Body.Length);
    }

    /// <summary>Whether the floor answers <paramref name="scenario"/>.</summary>
    public static bool Serves(Scenario scenario) => Served.Any(f => Serves(scenario, f.Scenario));

    /// <summary>Requests answered so far.</summary>
    public long Requests => Interlocked.Read(ref requests);

    public async Task AnswerAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (await MatchAsync(context.Request.BodyReader, cancellationToken) is not { } query)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Action<Utf8JsonWriter> write;
        await using (var connection = await store.OpenAsync(cancellationToken))
        {
            write = await query.ReadAsync(connection, cancellationToken);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, FloorJson.Options))
        {
            write(writer);
        }

        Interlocked.Increment(ref requests);
        await context.Response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static bool Serves(Scenario scenario, string name) => scenario.Name.StartsWith(name, StringComparison.Ordinal);

    /// <summary>The query whose body the request's is, read whole (or until it is longer than any).</summary>
    private async Task<IFloorQuery?> MatchAsync(System.IO.Pipelines.PipeReader body, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (read.IsCompleted || buffer.Length > longest)
            {
                var bytes = buffer.Length > longest ? [] : buffer.ToArray();
                body.AdvanceTo(buffer.End);
                return answers.FirstOrDefault(a => a.Body.AsSpan().SequenceEqual(bytes)).Query;
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
