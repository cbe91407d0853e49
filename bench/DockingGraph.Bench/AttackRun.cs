using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace DockingGraph.Bench;

/// <summary>What one request of an attack got: HTTP status (or <c>timeout</c>, <c>connection lost</c>), GraphQL code (or <c>data</c>), seconds to the whole answer, its size, and its text (kept for the attack to read).</summary>
public sealed record AttackAnswer(string Status, string Code, double Seconds, long Bytes, string Text)
{
    public string Label => Code.Length == 0 ? Status : $"{Status} {Code}";
}

/// <summary>
/// One attack's run against a gateway: its requests, each under a client timeout of
/// <see cref="RequestTimeout"/>, and all of them within <see cref="Budget"/>; it keeps every
/// answer and the notes the attack adds.
/// </summary>
public sealed class AttackRun : IDisposable
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan BudgetTime = TimeSpan.FromSeconds(30);

    private readonly HttpClient http;
    private readonly CancellationTokenSource budget = new(BudgetTime);
    private readonly CancellationTokenSource hardStop = new(BudgetTime + TimeSpan.FromSeconds(5));
    private readonly ConcurrentQueue<AttackAnswer> answers = new();
    private readonly ConcurrentQueue<string> notes = new();

    public AttackRun(Uri address)
    {
        Address = address;
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
    }

    public Uri Address { get; }

    /// <summary>Ends when the attack should send no more (it may still wait for answers, up to the client timeout).</summary>
    public CancellationToken Budget => budget.Token;

    public IReadOnlyCollection<AttackAnswer> Answers => answers;

    public IReadOnlyCollection<string> Notes => notes;

    public void Note(string note) => notes.Enqueue(note);

    public void Record(AttackAnswer answer) => answers.Enqueue(answer);

    public Task<AttackAnswer> PostAsync(string body, IReadOnlyDictionary<string, string>? headers = null) => PostAsync(Encoding.UTF8.GetBytes(body), headers);

    public Task<AttackAnswer> PostAsync(byte[] body, IReadOnlyDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return SendAsync(request, record: true);
    }

    public Task<AttackAnswer> GetAsync(string pathAndQuery, bool record = true) => SendAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery), record);

    /// <summary>The same body sent by <paramref name="copies"/> clients at once.</summary>
    public Task<AttackAnswer[]> PostConcurrentlyAsync(string body, int copies) =>
        Task.WhenAll(Enumerable.Range(0, copies).Select(_ => PostAsync(body)));

    /// <summary>Up to <paramref name="count"/> bodies, by <paramref name="clients"/> clients one after another, until the budget ends.</summary>
    public async Task SendManyAsync(int count, int clients, Func<int, string> body)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count && !Budget.IsCancellationRequested; i = Interlocked.Increment(ref next))
            {
                var answer = await PostAsync(body(i));
                if (answer.Status is "timeout" or "connection lost")
                {
                    return;
                }
            }
        }));
        Note($"{Math.Min(count, next):N0} of {count:N0} sent");
    }

    public void Dispose()
    {
        http.Dispose();
        budget.Dispose();
        hardStop.Dispose();
    }

    private async Task<AttackAnswer> SendAsync(HttpRequestMessage request, bool record)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(hardStop.Token);
        timeout.CancelAfter(RequestTimeout);
        var clock = Stopwatch.StartNew();
        AttackAnswer answer;
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var text = Encoding.UTF8.GetString(bytes);
            answer = new(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), Code(text), clock.Elapsed.TotalSeconds, bytes.Length, text);
        }
        catch (OperationCanceledException)
        {
            answer = new("timeout", "", clock.Elapsed.TotalSeconds, 0, "");
        }
        catch (HttpRequestException)
        {
            answer = new("connection lost", "", clock.Elapsed.TotalSeconds, 0, "");
        }
        finally
        {
            request.Dispose();
        }

        if (record)
        {
            Record(answer);
        }

        return answer;
    }

    /// <summary>The first error's code, <c>data</c> for an answer without errors, or nothing when the answer is not GraphQL's.</summary>
    private static string Code(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "";
            }

            if (json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                return errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "(no code)";
            }

            return json.RootElement.TryGetProperty("data", out _) ? "data" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
