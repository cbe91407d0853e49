using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Live;

/// <summary>
/// A subscription made by one of the npm clients frontends use (<c>graphql-ws</c> over WebSocket,
/// <c>graphql-sse</c> over Server-Sent Events), in a Node.js process of its own
/// (<c>clients/subscribe.mjs</c>): each line it prints is one thing the client saw.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly Process process;
    private readonly Channel<JsonElement> lines = Channel.CreateUnbounded<JsonElement>();
    private readonly Task reading;

    private LiveClient(Process process)
    {
        this.process = process;
        reading = ReadAsync();
    }

    public static string Folder => Path.Combine(Node.TestsFolder, "Live", "clients");

    /// <param name="transport"><c>ws</c> or <c>sse</c>.</param>
    public static LiveClient Start(string transport, Uri url, string query, object? variables = null, int? count = null)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("subscribe.mjs");
        start.ArgumentList.Add(transport);
        start.ArgumentList.Add(url.ToString());
        start.ArgumentList.Add(query);
        start.ArgumentList.Add(variables is null ? "" : JsonSerializer.Serialize(variables));
        start.ArgumentList.Add(count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return new LiveClient(Process.Start(start) ?? throw new InvalidOperationException("node could not be started"));
    }

    /// <summary>The next line the client printed (<c>{"next": result}</c>, <c>{"complete": true}</c>, ...), within <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> NextAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            return await lines.Reader.ReadAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the client printed nothing more; its errors: {(process.HasExited ? await process.StandardError.ReadToEndAsync() : "(still running)")}");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"the client ended: {await process.StandardError.ReadToEndAsync()}");
        }
    }

    /// <summary>The data of each of the next <paramref name="count"/> results.</summary>
    public async Task<List<JsonElement>> ResultsAsync(int count, TimeSpan? timeout = null)
    {
        var results = new List<JsonElement>();
        while (results.Count < count)
        {
            var line = await NextAsync(timeout);
            if (line.TryGetProperty("connected", out _))
            {
                continue;
            }

            Assert.True(line.TryGetProperty("next", out var next), $"expected a result, the client saw {line}");
            results.Add(next);
        }

        return results;
    }

    /// <summary>Nothing more arrives within <paramref name="quiet"/>.</summary>
    public async Task AssertQuietAsync(TimeSpan quiet)
    {
        using var limit = new CancellationTokenSource(quiet);
        try
        {
            while (true)
            {
                var line = await lines.Reader.ReadAsync(limit.Token);
                Assert.True(line.TryGetProperty("connected", out _), $"expected nothing more, the client saw {line}");
            }
        }
        catch (OperationCanceledException)
        {
            // Quiet, as it should be.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        await reading;
        process.Dispose();
    }

    private async Task ReadAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Length > 0)
            {
                try
                {
                    lines.Writer.TryWrite(JsonDocument.Parse(line).RootElement.Clone());
                }
                catch (JsonException)
                {
                    // Said as what the client printed, for the test's message.
                    lines.Writer.TryWrite(JsonSerializer.SerializeToElement(new { unreadable = line.Length > 500 ? line[..500] : line }));
                }
            }
        }

        lines.Writer.TryComplete();
    }
}
