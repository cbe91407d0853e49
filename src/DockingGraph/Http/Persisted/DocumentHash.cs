using System.Security.Cryptography;
using System.Text;

namespace DockingGraph.Http.Persisted;

/// <summary>A persisted document's id: the SHA-256 of its UTF-8 text, 64 lowercase hex digits.</summary>
public static class DocumentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static bool IsWellFormed(string? hash) =>
        hash is { Length: 64 } && hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
