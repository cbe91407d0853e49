using System.Buffers;
using System.Text.Json;

namespace DockingGraph.Mirror;

/// <summary>
/// Writes records in LL2's shape from the graph's answer for their <see cref="Ll2Shape.Selection"/>,
/// in one pass over its JSON. The graph's keys are already LL2's, in LL2's order, so the answer's
/// bytes are copied as they are, a run of keys at a time; only the constants, the addresses and
/// the values down a path are written here, between the runs. The answer is the gateway's own
/// compact JSON (no whitespace), so it is scanned, not parsed: a key is checked where it must be,
/// and a value is passed over by its quotes and brackets. A key that is not the one the shape
/// expects next is an error, never a guess.
/// </summary>
/// <param name="site">The mirror's address as the request sees it, which records' addresses are made of.</param>
internal sealed class Ll2RecordWriter(IBufferWriter<byte> output, Ll2Site site)
{
    private static readonly SearchValues<byte> StringEnd = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> Structure = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> ScalarEnd = SearchValues.Create(",}]"u8);

    /// <summary>The inside of a JSON string as the answer writes it: the graph's encoder (UTF-8 as it is, HTML characters too).</summary>
    public static byte[] Encoded(string text) => JsonEncodedText.Encode(text, Execution.ResponseJson.Encoder).EncodedUtf8Bytes.ToArray();

    /// <summary><c>"key":</c>.</summary>
    public static byte[] PropertyName(string key) => [(byte)'"', .. Encoded(key), (byte)'"', (byte)':'];

    /// <summary>Writes the record at <paramref name="at"/> (an object or <c>null</c>), and moves past it.</summary>
    public void Write(ReadOnlySpan<byte> json, ref int at, Ll2Shape shape)
    {
        if (WroteNull(json, ref at))
        {
            return;
        }

        Expect(json, ref at, (byte)'{', shape);
        output.Write("{"u8);
        var first = true;
        var sourceFirst = true;
        var run = -1;
        var runEnd = -1;
        ReadOnlySpan<byte> id = default;
        var places = shape.Places;
        var writes = shape.Writes;
        for (var i = 0; i < places.Count; i++)
        {
            var place = places[i];
            var write = writes[i];
            if (write is Ll2Write.Constant or Ll2Write.Address)
            {
                Flush(json, ref run, runEnd, ref first);
                Separate(ref first);
                if (write == Ll2Write.Constant)
                {
                    output.Write(((ConstantPlace)place).Written);
                }
                else
                {
                    WriteUrl((RecordUrlPlace)place, id);
                }

                continue;
            }

            if (!sourceFirst)
            {
                Expect(json, ref at, (byte)',', shape);
            }

            sourceFirst = false;
            var start = at;
            if (!json[at..].StartsWith(place.Property))
            {
                throw new InvalidOperationException($"The graph's answer for an LL2 {shape.TypeName} has {Near(json, at)} where `{place.Key}` is expected.");
            }

            at += place.Property.Length;
            if (write is Ll2Write.Copied or Ll2Write.CopiedId)
            {
                // Copied as the graph wrote it, with the keys around it.
                var end = ValueEnd(json, at);
                if (write == Ll2Write.CopiedId)
                {
                    id = json[at] == (byte)'"' ? json[(at + 1)..(end - 1)] : json[at..end];
                }

                at = end;
                run = run < 0 ? start : run;
                runEnd = end;
                continue;
            }

            Flush(json, ref run, runEnd, ref first);
            Separate(ref first);
            output.Write(place.Property);
            switch (write)
            {
                case Ll2Write.Path:
                    WriteDown(json, ref at, ((ValuePlace)place).Depth);
                    break;
                case Ll2Write.Record:
                    Write(json, ref at, ((RecordPlace)place).Shape);
                    break;
                default:
                    WriteList(json, ref at, ((RecordPlace)place).Shape);
                    break;
            }
        }

        Flush(json, ref run, runEnd, ref first);
        Expect(json, ref at, (byte)'}', shape);
        output.Write("}"u8);
    }

    /// <summary>Writes the list of records at <paramref name="at"/> (an array or <c>null</c>), and moves past it.</summary>
    public void WriteList(ReadOnlySpan<byte> json, ref int at, Ll2Shape item)
    {
        if (WroteNull(json, ref at))
        {
            return;
        }

        Expect(json, ref at, (byte)'[', item);
        output.Write("["u8);
        var first = true;
        while (json[at] != (byte)']')
        {
            if (!first)
            {
                Expect(json, ref at, (byte)',', item);
            }

            Separate(ref first);
            Write(json, ref at, item);
        }

        at++;
        output.Write("]"u8);
    }

    /// <summary>Writes the <c>null</c> at <paramref name="at"/>, if it is one, and moves past it.</summary>
    private bool WroteNull(ReadOnlySpan<byte> json, ref int at)
    {
        if (json[at] != (byte)'n')
        {
            return false;
        }

        output.Write("null"u8);
        at += 4;
        return true;
    }

    /// <summary>Where the value that starts at <paramref name="at"/> ends (the index after it).</summary>
    private static int ValueEnd(ReadOnlySpan<byte> json, int at)
    {
        switch (json[at])
        {
            case (byte)'"':
                return StringEndAfter(json, at + 1);
            case (byte)'{' or (byte)'[':
                var depth = 0;
                var i = at;
                while (true)
                {
                    i += json[i..].IndexOfAny(Structure);
                    switch (json[i])
                    {
                        case (byte)'"':
                            i = StringEndAfter(json, i + 1);
                            continue;
                        case (byte)'{' or (byte)'[':
                            depth++;
                            break;
                        default:
                            depth--;
                            break;
                    }

                    i++;
                    if (depth == 0)
                    {
                        return i;
                    }
                }

            default:
                return at + json[at..].IndexOfAny(ScalarEnd);
        }
    }

    /// <summary>The index after the closing quote of a string whose text starts at <paramref name="at"/>.</summary>
    private static int StringEndAfter(ReadOnlySpan<byte> json, int at)
    {
        while (true)
        {
            at += json[at..].IndexOfAny(StringEnd);
            if (json[at] == (byte)'"')
            {
                return at + 1;
            }

            // An escape: the character after the backslash is the escape's, never the end.
            at += 2;
        }
    }

    /// <summary>The value <paramref name="depth"/> fields down (one object of one key per step), or null where a step is null.</summary>
    private void WriteDown(ReadOnlySpan<byte> json, ref int at, int depth)
    {
        if (depth == 1 || json[at] == (byte)'n')
        {
            var end = ValueEnd(json, at);
            output.Write(json[at..end]);
            at = end;
            return;
        }

        // {"field":<value>}: past the key to the next step.
        at = StringEndAfter(json, at + 2) + 1;
        WriteDown(json, ref at, depth - 1);
        at++;
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

        site.Write(output, url, id);
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

    private static void Expect(ReadOnlySpan<byte> json, ref int at, byte expected, Ll2Shape shape)
    {
        if (json[at] != expected)
        {
            throw new InvalidOperationException($"The graph's answer for an LL2 {shape.TypeName} has {Near(json, at)} where `{(char)expected}` is expected.");
        }

        at++;
    }

    private static string Near(ReadOnlySpan<byte> json, int at) => $"`{System.Text.Encoding.UTF8.GetString(json[at..Math.Min(json.Length, at + 40)])}`";
}
