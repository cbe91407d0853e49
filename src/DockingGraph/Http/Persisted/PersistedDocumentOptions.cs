namespace DockingGraph.Http.Persisted;

/// <summary>Configuration section <c>PersistedDocuments</c>: trusted documents and Apollo's automatic persisted queries.</summary>
public sealed class PersistedDocumentOptions
{
    /// <summary>A folder of trusted documents, each a <c>.graphql</c> file named by the SHA-256 of its text in lowercase hex.</summary>
    public string? Path { get; set; }

    /// <summary>Persisted-only: a request must name a trusted document; no other text runs, and automatic registration is off.</summary>
    public bool Only { get; set; }

    /// <summary>Apollo's automatic persisted queries: a client registers a document by sending it with its hash once, then sends the hash alone.</summary>
    public bool Automatic { get; set; } = true;

    /// <summary>Registrations kept at most (the least recently used go first).</summary>
    public int AutomaticMaxCount { get; set; } = 1_000;

    /// <summary>Bytes of registered text kept at most.</summary>
    public int AutomaticMaxBytes { get; set; } = 4 * 1024 * 1024;
}
