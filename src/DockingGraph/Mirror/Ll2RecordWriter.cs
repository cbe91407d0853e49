using System.Text;
using System.Text.Json;

namespace DockingGraph.Mirror;

/// <summary>
/// Writes records in LL2's shape from the graph's answer for their <see cref="Ll2Shape.Selection"/>,
/// in one pass over its JSON: the graph's keys are already LL2's, in LL2's order, so a value is
/// copied as it is, and only the constants, the addresses and the values down a path are written
/// here. A key of the answer that is not the one the shape expects next is an error, never a guess.
/// </summary>
/// <param name="site">The mirror's own address, with the version (<c>https://host/2.3.0/</c>): records' addresses start with it.</param>
/// <param name="format">The request's <c>format</c>, which DRF carries into every address it writes; null for none.</param>
internal sealed class Ll2RecordWriter(Utf8JsonWriter writer, string site, string? format)
{
    private readonly string suffix = format is null ? "/" : $"/?format={Uri.EscapeDataString(format)}";

    /// <summary>Writes the record the reader is at (its start or a null), and leaves the reader at its end.</summary>
    public void Write(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, Ll2Shape shape)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            writer.WriteNullValue();
            return;
        }

        Expect(ref reader, JsonTokenType.StartObject, shape);
        writer.WriteStartObject();
        string? id = null;
        foreach (var place in shape.Places)
        {
            writer.WritePropertyName(place.Name);
            switch (place)
            {
                case ConstantPlace constant:
                    writer.WriteStringValue(constant.Value);
                    continue;
                case RecordUrlPlace url:
                    writer.WriteStringValue(id is null ? null : $"{site}{url.Resource}/{id}{suffix}");
                    continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(place.Name.EncodedUtf8Bytes))
            {
                throw new InvalidOperationException($"The graph's answer has {Describe(ref reader)} where the LL2 record expects `{place.Key}`.");
            }

            reader.Read();
            switch (place)
            {
                case ValuePlace { Key: "id", Depth: 1 }:
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : Encoding.UTF8.GetString(reader.ValueSpan);
                    CopyValue(ref reader, json);
                    break;
                case ValuePlace value:
                    WriteDown(ref reader, json, value.Depth);
                    break;
                case RecordPlace { IsList: false } record:
                    Write(ref reader, json, record.Shape);
                    break;
                case RecordPlace list:
                    WriteList(ref reader, json, list.Shape);
                    break;
            }
        }

        reader.Read();
        Expect(ref reader, JsonTokenType.EndObject, shape);
        writer.WriteEndObject();
    }

    private void WriteList(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, Ll2Shape item)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            writer.WriteNullValue();
            return;
        }

        Expect(ref reader, JsonTokenType.StartArray, item);
        writer.WriteStartArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Write(ref reader, json, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>The value <paramref name="depth"/> fields down (one object per step), or null where a step is null.</summary>
    private void WriteDown(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int depth)
    {
        if (depth == 1 || reader.TokenType == JsonTokenType.Null)
        {
            CopyValue(ref reader, json);
            return;
        }

        // { "field": <value> }: one key, the next step.
        reader.Read();
        reader.Read();
        WriteDown(ref reader, json, depth - 1);
        reader.Read();
    }

    /// <summary>Copies the value the reader is at, whole, as the graph wrote it.</summary>
    private void CopyValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var start = (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }

        writer.WriteRawValue(json[start..(int)reader.BytesConsumed], skipInputValidation: true);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, Ll2Shape shape)
    {
        if (reader.TokenType != token)
        {
            throw new InvalidOperationException($"The graph's answer has {Describe(ref reader)} where the LL2 record {shape.Selection[..Math.Min(60, shape.Selection.Length)]}… expects {token}.");
        }
    }

    private static string Describe(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.PropertyName ? $"`{reader.GetString()}`" : reader.TokenType.ToString();
}
