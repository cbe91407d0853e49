using System.Buffers.Binary;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace DockingGraph.Http.Caching;

/// <summary>
/// The entity tag of a GET answer: a hash of everything the answer depends on, taken from the
/// request and memory only, so that a matching <c>If-None-Match</c> is answered without executing
/// anything. In it: the gateway's build (another build may answer the same request otherwise),
/// the store's data version, the response media type and whether the cost is reported (the
/// request headers named in <c>Vary</c>), the document's text (a persisted document's, looked
/// up), the operation name and the variables. 128 bits of SHA-256, base64url, quoted.
/// </summary>
internal static class ResponseTag
{
    /// <summary>The same for every instance running the same build (builds are deterministic), another for any other build.</summary>
    private static readonly Guid Build = typeof(ResponseTag).Assembly.ManifestModule.ModuleVersionId;

    public static string Of(DataVersionStamp version, string mediaType, bool costReported, string document, string? operationName, string? variables)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> bytes = stackalloc byte[32];
        Build.TryWriteBytes(bytes);
        hash.AppendData(bytes[..16]);
        Number(hash, version.Version);
        Number(hash, version.ChangedAt.Ticks);
        Number(hash, costReported ? 1 : 0);
        Text(hash, mediaType);
        Text(hash, document);
        Text(hash, operationName);
        Text(hash, variables);
        hash.GetHashAndReset(bytes);
        return $"\"{Base64Url.EncodeToString(bytes[..16])}\"";
    }

    private static void Number(IncrementalHash hash, long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }

    /// <summary>Its length first, so that no two lists of texts hash the same bytes; -1 for none.</summary>
    private static void Text(IncrementalHash hash, string? text)
    {
        Number(hash, text?.Length ?? -1);
        hash.AppendData(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
    }
}
