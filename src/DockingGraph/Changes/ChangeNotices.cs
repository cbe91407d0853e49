using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Changes;

/// <summary>
/// How a commit tells every instance over the same PostgreSQL store: a <c>NOTIFY</c> on
/// <see cref="Channel"/> sent inside the committing transaction, so PostgreSQL delivers it at the
/// commit and never for a rollback, in commit order. Its payload is bounded below PostgreSQL's
/// 8,000 bytes: the stamp, and the changes as <c>[id, kind]</c> pairs while they fit, else none
/// (the listeners read them from <c>DockingEventChanges</c>). SQLite has no such channel: there the
/// committing process delivers its own news, and another process's is found by the data version's
/// refresh.
/// </summary>
public static class ChangeNotices
{
    public const string Channel = "dockinggraph_changes";

    /// <summary>Below PostgreSQL's limit of 8,000 bytes a payload, with room for the stamp.</summary>
    public const int MaxPayloadBytes = 7_900;

    /// <summary>Sends the notice in <paramref name="db"/>'s transaction (PostgreSQL only).</summary>
    public static async Task SendAsync(DockingDbContext db, ChangeNotice notice, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var payload = Payload(notice);
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", cancellationToken);
    }

    /// <summary><c>{"version":12,"changedAt":"…","changes":[[4,1],[9,2]]}</c>; the changes left out when the payload would pass <see cref="MaxPayloadBytes"/>.</summary>
    public static string Payload(ChangeNotice notice)
    {
        var head = $"{{\"version\":{notice.Stamp.Version.ToString(CultureInfo.InvariantCulture)},\"changedAt\":{JsonSerializer.Serialize(notice.Stamp.ChangedAt)}";
        if (notice.Changes is not { } changes)
        {
            return head + "}";
        }

        var text = new System.Text.StringBuilder(head).Append(",\"changes\":[");
        for (var i = 0; i < changes.Count; i++)
        {
            text.Append(i == 0 ? "[" : ",[").Append(changes[i].DockingEventId.ToString(CultureInfo.InvariantCulture)).Append(',').Append((int)changes[i].Kind).Append(']');
            if (text.Length > MaxPayloadBytes)
            {
                return head + "}";
            }
        }

        return text.Append("]}").ToString();
    }

    /// <summary>The notice a payload carries; null when it is not one (then the listener reads the store).</summary>
    public static ChangeNotice? Parse(string payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            var root = json.RootElement;
            var stamp = new DataVersionStamp(root.GetProperty("version").GetInt64(), root.GetProperty("changedAt").GetDateTime());
            if (!root.TryGetProperty("changes", out var list))
            {
                return new ChangeNotice(stamp, null);
            }

            var changes = new List<CommittedChange>(list.GetArrayLength());
            foreach (var pair in list.EnumerateArray())
            {
                changes.Add(new CommittedChange(pair[0].GetInt32(), (DockingEventChangeKind)pair[1].GetInt32()));
            }

            return new ChangeNotice(stamp, changes);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
