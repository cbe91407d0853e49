using System.Text;
using System.Text.Json;

namespace DockingGraph.Bench;

/// <summary>
/// Whether a peer's answer to a scenario holds the same events as the gateway's: the row keys of the
/// root field's nodes (or of the record it is: <c>id</c>, PostGraphile 5's <c>rowId</c>) as a set,
/// since a peer may order ties differently, and the <c>totalCount</c>. Asked once per scenario and
/// peer before the rounds, so a ratio is never to a server answering something else.
/// </summary>
public static class AnswerEvents
{
    /// <returns>What differs, or null when the events are the same or the answers hold none (introspection).</returns>
    public static async Task<string?> DifferenceAsync(Uri gateway, string gatewayBody, Uri peer, string peerBody)
    {
        var ours = Events(await AskAsync(gateway, gatewayBody));
        var theirs = Events(await AskAsync(peer, peerBody));
        return ours == theirs || ours.Length == 0 ? null : $"the gateway's answer holds {Shorten(ours)}, the peer's {Shorten(theirs)}";
    }

    private static async Task<string> AskAsync(Uri endpoint, string body)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(endpoint, content);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The events as text (<c>totalCount 300; 1, 2, 3</c>), <c>null</c> for no record, empty when the answer holds none; an answer without data whole.</summary>
    private static string Events(string answer)
    {
        using var json = JsonDocument.Parse(answer);
        if (!json.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object || data.EnumerateObject().FirstOrDefault().Value is not { ValueKind: JsonValueKind.Object or JsonValueKind.Null } root)
        {
            return answer;
        }

        if (root.ValueKind == JsonValueKind.Null)
        {
            return "null";
        }

        var records = root.TryGetProperty("nodes", out var nodes) ? nodes.EnumerateArray().ToList() : [root];
        var keys = records.Select(Key).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return "";
        }

        var total = root.TryGetProperty("totalCount", out var count) ? $"totalCount {count.GetRawText()}; " : "";
        return $"{total}{string.Join(", ", keys)}";
    }

    private static string? Key(JsonElement record) =>
        record.TryGetProperty("id", out var id) ? id.GetRawText() : record.TryGetProperty("rowId", out var rowId) ? rowId.GetRawText() : null;

    private static string Shorten(string events) => events.Length > 200 ? $"{events[..200]}..." : events;
}
