using System.Buffers;
using System.Text.Json;

namespace DockingGraph.Mirror;

/// <summary>
/// Writes records in LL2's shape from the graph's answer for their <see cref="Ll2Shape.Selection"/>,
/// in one pass over its JSON. The graph's keys are already LL2's, in LL2's order, so the answer's
/// bytes are copied as they are, a run of keys at a time; only the constants, the addresses and
/// the values down a path are written here, between the runs. A key of the answer that is not the
/// one the shape expects next is an error, never a guess.
/// </summary>
/// <param name="site">The mirror's own address, with the version (<c>https://host/2.3.0/</c>): records' addresses start with it.</param>
/// <param name="format">The request's <c>format</c>, which DRF carries into every address it writes; null for none.</param>
internal sealed class Ll2RecordWriter(IBufferWriter<byte> output, string site, string? format)
{
    private readonly byte[] site = Encoded(site);
    private readonly byte[] suffix = Encoded(format is null ? "/" : $"/?format={Uri.EscapeDataString(format)}");

    /// <summary>Writes the record the reader is at (its start or a null), and leaves the reader at its end.</summary>
    public void Write(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, Ll2Shape shape)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            output.Write("null"u8);
            return;
        }

        Expect(ref reader, JsonTokenType.StartObject, shape);
        output.Write("{"u8);
        var first = true;
        var run = -1;
        var runEnd = -1;
        ReadOnlySpan<byte> id = default;
        foreach (var place in shape.Places)
        {
            if (place is ConstantPlace or RecordUrlPlace)
            {
                Flush(json, ref run, runEnd, ref first);
                Separate(ref first);
                if (place is ConstantPlace constant)
                {
                    output.Write(constant.Property);
                }
                else
                {
                    WriteUrl((RecordUrlPlace)place, id);
                }

                continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(place.Name.EncodedUtf8Bytes))
            {
                throw new InvalidOperationException($"The graph's answer has {Describe(ref reader)} where the LL2 record expects `{place.Key}`.");
            }

            var start = (int)reader.TokenStartIndex;
            reader.Read();
            if (place is ValuePlace { Key: "id" })
            {
                id = reader.ValueSpan;
            }

            if (place is ValuePlace { Depth: 1 } || place is RecordPlace { Shape.IsPlain: true })
            {
                // Copied as the graph wrote it, with the keys around it.
                reader.Skip();
                run = run < 0 ? start : run;
                runEnd = (int)reader.BytesConsumed;
                continue;
            }

            Flush(json, ref run, runEnd, ref first);
            Separate(ref first);
            output.Write(json[start..(int)reader.TokenStartIndex]);
            switch (place)
            {
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

        Flush(json, ref run, runEnd, ref first);
        reader.Read();
        Expect(ref reader, JsonTokenType.EndObject, shape);
        output.Write("}"u8);
    }

    /// <summary>The inside of a JSON string as the answer writes it: the graph's encoder (UTF-8 as it is, HTML characters too).</summary>
    public static byte[] Encoded(string text) => JsonEncodedText.Encode(text, Execution.ResponseJson.Encoder).EncodedUtf8Bytes.ToArray();

    /// <summary><c>"key":</c>.</summary>
    public static byte[] PropertyName(string key) => [(byte)'"', .. Encoded(key), (byte)'"', (byte)':'];

    private void WriteList(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, Ll2Shape item)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            output.Write("null"u8);
            return;
        }

        Expect(ref reader, JsonTokenType.StartArray, item);
        output.Write("["u8);
        var first = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Separate(ref first);
            Write(ref reader, json, item);
        }

        output.Write("]"u8);
    }

    /// <summary>The value <paramref name="depth"/> fields down (one object per step), or null where a step is null.</summary>
    private void WriteDown(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int depth)
    {
        if (depth == 1 || reader.TokenType == JsonTokenType.Null)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            output.Write(json[start..(int)reader.BytesConsumed]);
            return;
        }

        // { "field": <value> }: one key, the next step.
        reader.Read();
        reader.Read();
        WriteDown(ref reader, json, depth - 1);
        reader.Read();
    }

    /// <summary><c>"url":"{site}{resource}/{id}{suffix}"</c>; null when the record has no id.</summary>
    private void WriteUrl(RecordUrlPlace url, ReadOnlySpan<byte> id)
    {
        output.Write(url.Property);
        if (id.IsEmpty)
        {
            output.Write("null"u8);
            return;
        }

        output.Write("\""u8);
        output.Write(site);
        output.Write(url.Path);
        output.Write(id);
        output.Write(suffix);
        output.Write("\""u8);
    }

    /// <summary>Copies the run of keys the graph wrote as LL2 writes them, if one is pending.</summary>
    private void Flush(ReadOnlySpan<byte> json, ref int run, int runEnd, ref bool first)
    {
        if (run < 0)
        {
            return;
        }

        Separate(ref first);
        output.Write(json[run..runEnd]);
        run = -1;
    }

    private void Separate(ref bool first)
    {
        if (!first)
        {
            output.Write(","u8);
        }

        first = false;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, Ll2Shape shape)
    {
        if (reader.TokenType != token)
        {
            throw new InvalidOperationException($"The graph's answer has {Describe(ref reader)} where an LL2 {shape.TypeName} expects {token}.");
        }
    }

    private static string Describe(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.PropertyName ? $"`{reader.GetString()}`" : reader.TokenType.ToString();
}
