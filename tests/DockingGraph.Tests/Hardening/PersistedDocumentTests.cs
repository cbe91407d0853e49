using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Http.Persisted;
using DockingGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// Trusted documents from a folder, asked for by HotChocolate's <c>id</c> or GraphQL over HTTP's
/// <c>documentId</c>; Apollo's automatic persisted queries (hash verified, registrations bounded);
/// and the persisted-only mode, in which nothing else runs and nothing is registered.
/// </summary>
public sealed class PersistedDocumentTests : IClassFixture<PersistedDocumentTests.TrustedFolder>
{
    private const string Trusted = "query Events { dockingEvents(first: 2) { nodes { id } } }";
    private readonly TrustedFolder folder;

    public PersistedDocumentTests(TrustedFolder folder) => this.folder = folder;

    private static string TrustedHash => DocumentHash.Of(Trusted);

    [Theory]
    [InlineData("id", false)]
    [InlineData("documentId", true)]
    public async Task A_trusted_document_runs_by_its_id(string field, bool prefixed)
    {
        using var gateway = new PersistedGateway(folder.Path, only: false);
        var id = prefixed ? $"sha256:{TrustedHash}" : TrustedHash;

        var result = await PostAsync(gateway, new Dictionary<string, object?> { [field] = id });

        Assert.Equal(2, result.GetProperty("data").GetProperty("dockingEvents").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_trusted_document_runs_by_its_id_over_GET()
    {
        using var gateway = new PersistedGateway(folder.Path, only: false);
        using var client = gateway.CreateClient();

        var result = await client.GetFromJsonAsync<JsonElement>($"/graphql?documentId=sha256:{TrustedHash}");

        Assert.Equal(2, result.GetProperty("data").GetProperty("dockingEvents").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_id_is_HC0020_with_the_key_and_a_malformed_one_is_refused_as_such()
    {
        using var gateway = new PersistedGateway(folder.Path, only: false);
        var unknown = new string('a', 64);

        var notFound = Error(await PostAsync(gateway, new Dictionary<string, object?> { ["id"] = unknown }));
        var malformed = Error(await PostAsync(gateway, new Dictionary<string, object?> { ["documentId"] = "md5:abc" }));

        Assert.Equal("PersistedQueryNotFound", notFound.GetProperty("message").GetString());
        Assert.Equal("HC0020", notFound.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(unknown, notFound.GetProperty("extensions").GetProperty("requestedKey").GetString());
        Assert.Equal("PERSISTED_DOCUMENT_ID_INVALID", malformed.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_automatic_persisted_query_is_asked_for_registered_then_run_by_its_hash()
    {
        using var gateway = new PersistedGateway(folder.Path, only: false);
        const string Query = "{ dockingEvents(first: 3) { nodes { id } } }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(Query) } };

        var unknown = await PostAsync(gateway, new Dictionary<string, object?> { ["extensions"] = extensions });
        var registered = await PostAsync(gateway, new Dictionary<string, object?> { ["query"] = Query, ["extensions"] = extensions });
        var byHash = await PostAsync(gateway, new Dictionary<string, object?> { ["extensions"] = extensions });

        Assert.Equal("PersistedQueryNotFound", Error(unknown).GetProperty("message").GetString());
        Assert.Equal(3, registered.GetProperty("data").GetProperty("dockingEvents").GetProperty("nodes").GetArrayLength());
        Assert.Equal(registered.GetProperty("data").ToString(), byHash.GetProperty("data").ToString());
    }

    [Fact]
    public async Task A_hash_that_is_not_the_text_s_is_refused_and_not_registered()
    {
        using var gateway = new PersistedGateway(folder.Path, only: false);
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of("{ __typename }") } };

        var mismatch = await PostAsync(gateway, new Dictionary<string, object?> { ["query"] = "{ dockingEvents { totalCount } }", ["extensions"] = extensions });
        var afterwards = await PostAsync(gateway, new Dictionary<string, object?> { ["extensions"] = extensions });

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", Error(mismatch).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("HC0020", Error(afterwards).GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task In_persisted_only_mode_only_trusted_documents_run_and_nothing_is_registered()
    {
        using var gateway = new PersistedGateway(folder.Path, only: true);
        const string Query = "{ dockingEvents(first: 3) { nodes { id } } }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(Query) } };

        var plain = await PostAsync(gateway, new Dictionary<string, object?> { ["query"] = Query });
        var registering = await PostAsync(gateway, new Dictionary<string, object?> { ["query"] = Query, ["extensions"] = extensions });
        var byHash = await PostAsync(gateway, new Dictionary<string, object?> { ["extensions"] = extensions });
        var trusted = await PostAsync(gateway, new Dictionary<string, object?> { ["id"] = TrustedHash });

        Assert.Equal("HC0067", Error(plain).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("HC0067", Error(registering).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("HC0020", Error(byHash).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(2, trusted.GetProperty("data").GetProperty("dockingEvents").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public void Registrations_are_bounded_by_count_and_by_bytes_least_recently_used_first()
    {
        var store = new AutomaticPersistedDocuments(Options.Create(new PersistedDocumentOptions { AutomaticMaxCount = 2, AutomaticMaxBytes = 2048 }));
        store.Register("a", "{ a }");
        store.Register("b", "{ b }");
        _ = store.Find("a");
        store.Register("c", "{ c }");

        Assert.NotNull(store.Find("a"));
        Assert.Null(store.Find("b"));
        Assert.NotNull(store.Find("c"));

        store.Register("big", new string('x', 1020));
        Assert.Equal(1, store.Count);
        Assert.NotNull(store.Find("big"));

        store.Register("too-big", new string('x', 2000));
        Assert.Null(store.Find("too-big"));
    }

    private static JsonElement Error(JsonElement result)
    {
        Assert.False(result.TryGetProperty("data", out _), result.ToString());
        return Assert.Single(result.GetProperty("errors").EnumerateArray());
    }

    private static async Task<JsonElement> PostAsync(GatewayFactory gateway, Dictionary<string, object?> body)
    {
        using var client = gateway.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", body);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A folder holding one trusted document, named by its hash.</summary>
    public sealed class TrustedFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("dockinggraph-trusted-").FullName;

        public TrustedFolder() => File.WriteAllText(System.IO.Path.Combine(Path, $"{DocumentHash.Of(Trusted)}.graphql"), Trusted);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    [Fact]
    public async Task In_persisted_only_mode_the_schema_is_not_served_as_SDL()
    {
        using var gateway = new PersistedGateway(folder.Path, only: true);
        using var client = gateway.CreateClient();

        using var refused = await client.GetAsync("/graphql?sdl");
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("HC0067", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private sealed class PersistedGateway(string path, bool only) : GatewayFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PersistedDocuments:Path", path);
            builder.UseSetting("PersistedDocuments:Only", only ? "true" : "false");
        }
    }
}
