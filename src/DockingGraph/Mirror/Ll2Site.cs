using System.Buffers;
using System.Buffers.Text;

namespace DockingGraph.Mirror;

/// <summary>
/// The mirror's address as one request sees it, which every record's <c>url</c> is made of:
/// <c>{scheme}://{host}{path base}/{version}/</c> from the request (the forwarded scheme and host
/// where a proxy is trusted), then the record's resource and id, then the request's
/// <c>format</c>, which DRF carries into every address it writes. Held as JSON text.
/// </summary>
internal sealed class Ll2Site(HttpRequest request, string version)
{
    private readonly byte[] start = Ll2RecordWriter.Encoded($"{request.Scheme}://{request.Host}{request.PathBase}/{version}/");
    private readonly byte[] end = Ll2RecordWriter.Encoded(Ll2Parameters.Last(request.Query, "format") is { } format ? $"/?format={Uri.EscapeDataString(format)}" : "/");

    /// <summary>Writes the address of record <paramref name="id"/> (its JSON text) of <paramref name="url"/>'s resource, quoted.</summary>
    public void Write(IBufferWriter<byte> output, RecordUrlPlace url, ReadOnlySpan<byte> id)
    {
        output.Write("\""u8);
        output.Write(start);
        output.Write(url.Path);
        output.Write(id);
        output.Write(end);
        output.Write("\""u8);
    }

    /// <summary>Writes the address of the record whose id is <paramref name="id"/> (an int or a string, as its scalar serializes it) as <paramref name="url"/>'s value; null for none.</summary>
    public void Write(System.Text.Json.Utf8JsonWriter writer, RecordUrlPlace url, object? id)
    {
        writer.WritePropertyName(url.Key);
        if (id is null)
        {
            writer.WriteNullValue();
            return;
        }

        var text = id is int ? null : Ll2RecordWriter.Encoded(Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture)!);
        var length = start.Length + url.Path.Length + (text?.Length ?? 11) + end.Length + 2;
        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var address = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        var at = 0;
        address[at++] = (byte)'"';
        start.CopyTo(address[at..]);
        at += start.Length;
        url.Path.CopyTo(address[at..]);
        at += url.Path.Length;
        if (text is null)
        {
            Utf8Formatter.TryFormat((int)id, address[at..], out var digits);
            at += digits;
        }
        else
        {
            text.CopyTo(address[at..]);
            at += text.Length;
        }

        end.CopyTo(address[at..]);
        at += end.Length;
        address[at++] = (byte)'"';
        writer.WriteRawValue(address[..at], skipInputValidation: true);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
