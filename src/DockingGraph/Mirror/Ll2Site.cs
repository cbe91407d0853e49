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
    public void Write(IBufferWriter<byte> output, RecordUrlPlace url, ReadOnlySpan<byte> id) =>
        output.Advance(Quoted(output.GetSpan(Length(url, id)), url, id));

    /// <summary>Writes the address of the record whose id is <paramref name="id"/> (an int or a string, as its scalar serializes it) as <paramref name="url"/>'s value; null for none.</summary>
    public void Write(System.Text.Json.Utf8JsonWriter writer, RecordUrlPlace url, object? id)
    {
        writer.WritePropertyName(url.Key);
        if (id is null)
        {
            writer.WriteNullValue();
            return;
        }

        Span<byte> digits = stackalloc byte[11];
        ReadOnlySpan<byte> text = id is int number && Utf8Formatter.TryFormat(number, digits, out var written)
            ? digits[..written]
            : Ll2RecordWriter.Encoded(Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture)!);
        var length = Length(url, text);
        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var address = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        writer.WriteRawValue(address[..Quoted(address, url, text)], skipInputValidation: true);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void Append(Span<byte> into, ref int at, ReadOnlySpan<byte> part)
    {
        part.CopyTo(into[at..]);
        at += part.Length;
    }

    private int Length(RecordUrlPlace url, ReadOnlySpan<byte> id) => start.Length + url.Path.Length + id.Length + end.Length + 2;

    /// <summary><c>"{site}{resource}/{id}{format}"</c> into <paramref name="into"/>; its length.</summary>
    private int Quoted(Span<byte> into, RecordUrlPlace url, ReadOnlySpan<byte> id)
    {
        var at = 0;
        into[at++] = (byte)'"';
        Append(into, ref at, start);
        Append(into, ref at, url.Path);
        Append(into, ref at, id);
        Append(into, ref at, end);
        into[at++] = (byte)'"';
        return at;
    }
}
