using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DockingGraph.Bench.Floor;

/// <summary>
/// How the floor writes JSON so that it is the gateway's, byte for byte: the gateway's encoder
/// (<c>JavaScriptEncoder.UnsafeRelaxedJsonEscaping</c>, in its GraphSetup), its <c>DateTime</c>
/// scalar's one form (<c>yyyy-MM-ddTHH:mm:ssZ</c>), and the field names written once, encoded.
/// </summary>
public static class FloorJson
{
    // The shape is fixed and the tests compare it with the gateway's: no validation per token.
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText TotalCount = JsonEncodedText.Encode("totalCount");
    public static readonly JsonEncodedText Nodes = JsonEncodedText.Encode("nodes");
    public static readonly JsonEncodedText Docking = JsonEncodedText.Encode("docking");
    public static readonly JsonEncodedText Departure = JsonEncodedText.Encode("departure");
    public static readonly JsonEncodedText DockingLocation = JsonEncodedText.Encode("dockingLocation");
    public static readonly JsonEncodedText FlightVehicleChaser = JsonEncodedText.Encode("flightVehicleChaser");
    public static readonly JsonEncodedText Spacecraft = JsonEncodedText.Encode("spacecraft");

    /// <summary>A timestamp as the gateway's <c>DateTime</c> scalar writes it, or null.</summary>
    public static void WriteTimestamp(Utf8JsonWriter writer, JsonEncodedText name, DateTime? value)
    {
        if (value is not { } time)
        {
            writer.WriteNull(name);
            return;
        }

        Span<byte> text = stackalloc byte[32];
        time.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..written]);
    }

    /// <summary><c>"name": { "id": …, "name": … }</c> for a record with only those asked, or null.</summary>
    public static void WriteIdAndName(Utf8JsonWriter writer, JsonEncodedText name, Related? record)
    {
        if (record is not { } found)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber(Id, found.Id);
        writer.WriteString(Name, found.Text);
        writer.WriteEndObject();
    }
}
