using System.Buffers;

namespace DockingGraph.Http;

/// <summary>
/// A request body read whole, but never past <c>GraphQL:MaxRequestBytes</c> (past it: HotChocolate's
/// <c>HC0010</c>, as a 413): a declared length
/// over it is refused before reading, and an undeclared one (chunked) is cut off one byte past it.
/// </summary>
internal static class RequestBody
{
    public const string TooLargeCode = "HC0010";

    /// <returns>The body, or null when it is larger than <paramref name="limit"/>.</returns>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        int read;
        if (request.ContentLength is { } declared)
        {
            // Kestrel ends the body at its declared length: read it straight into its own array.
            var body = new byte[declared];
            var filled = 0;
            while (filled < body.Length && (read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }

            return body.AsMemory(0, filled);
        }

        using var buffer = new MemoryStream(4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
