using System.Globalization;
using System.Text;

namespace DockingGraph.Import;

/// <summary>What an import did: records new and updated, per type.</summary>
public sealed record ImportReport(int Files, int Events, IReadOnlyDictionary<string, (int New, int Updated)> Records)
{
    public int TotalNew => Records.Values.Sum(r => r.New);

    public int TotalUpdated => Records.Values.Sum(r => r.Updated);

    public override string ToString()
    {
        var text = new StringBuilder();
        // What was stored, not what was read: the same event often arrives in several files.
        var (newEvents, updatedEvents) = Records.GetValueOrDefault(nameof(Features.DockingEvents.DockingEvent));
        text.AppendLine(CultureInfo.InvariantCulture, $"Stored {newEvents} new docking events and updated {updatedEvents} (read {Events} from {Files} file(s)); {TotalNew} records new, {TotalUpdated} updated in all.");
        foreach (var (type, (created, updated)) in Records)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {type,-30} {created,6} new {updated,6} updated");
        }

        return text.ToString();
    }
}
