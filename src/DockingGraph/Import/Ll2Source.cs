namespace DockingGraph.Import;

/// <summary>One LL2 body to import: a file, or a page fetched from the API.</summary>
/// <param name="Name">The body in messages: its file, or the address of its page.</param>
internal sealed class Ll2Source(string name, Func<Stream> open, long? length)
{
    public string Name { get; } = name;

    /// <summary>Its size, when it is known before reading.</summary>
    public long? Length { get; } = length;

    /// <summary>The page's <c>next</c> link, once it has been imported.</summary>
    public string? Next { get; set; }

    public static Ll2Source File(string path) =>
        new(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), new FileInfo(path).Length);

    public static Ll2Source Page(string address, byte[] body) =>
        new(address, () => new MemoryStream(body, writable: false), body.Length);

    public Stream Open() => open();
}
