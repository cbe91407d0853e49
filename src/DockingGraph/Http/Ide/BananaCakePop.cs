using System.Net.Mime;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace DockingGraph.Http.Ide;

/// <summary>
/// Banana Cake Pop at the graph's address, as HotChocolate serves it: a browser's
/// <c>GET /graphql</c> is redirected to <c>/graphql/</c>, which is the IDE's <c>index.html</c>;
/// its assets and a <c>bcp-config.json</c> that points it at the same endpoint sit below. The
/// bundle is the npm package installed by the build (configuration <c>Ide:Path</c>); without it,
/// the page says so. Configuration <c>Ide:Enabled</c>; off in Production unless enabled.
/// </summary>
public sealed class BananaCakePop
{
    private readonly IFileProvider files;
    private readonly FileExtensionContentTypeProvider contentTypes = new();

    public BananaCakePop(IdeOptions options, IHostEnvironment environment)
    {
        Enabled = options.Enabled ?? !environment.IsProduction();
        var path = options.Path ?? Path.Combine(AppContext.BaseDirectory, "ide");
        IsInstalled = File.Exists(Path.Combine(path, "index.html"));
        files = IsInstalled ? new PhysicalFileProvider(path) : new NullFileProvider();
    }

    public bool Enabled { get; }

    public bool IsInstalled { get; }

    /// <summary>A browser asking for the page (HTML, no <c>query</c>), while the IDE is on.</summary>
    public bool IsPageRequest(HttpRequest request) =>
        Enabled
        && !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaTypeNames.Text.Html, StringComparison.OrdinalIgnoreCase));

    public async Task ServePageAsync(HttpContext http)
    {
        if (!http.Request.Path.Value!.EndsWith('/'))
        {
            // Relative asset addresses in index.html resolve below the graph's address.
            http.Response.Redirect($"{http.Request.PathBase}{http.Request.Path}/{http.Request.QueryString}");
            return;
        }

        if (!IsInstalled)
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>DockingGraph</title></head>
                <body><h1>DockingGraph</h1><p>The Banana Cake Pop IDE is not installed in this build (the npm registry was not reachable when it was built).</p>
                <p>GraphQL is served here all the same: POST a JSON body with a <code>query</code>, or GET with <code>?query=</code>. The schema: <a href="?sdl">?sdl</a>.</p></body></html>
                """,
                http.RequestAborted);
            return;
        }

        await ServeFileAsync(http, "index.html");
    }

    /// <summary>An asset of the IDE, or its <c>bcp-config.json</c>.</summary>
    public async Task ServeAssetAsync(HttpContext http, string asset)
    {
        if (!Enabled)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (asset == "bcp-config.json")
        {
            var endpoint = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path.Value![..^asset.Length].TrimEnd('/')}";
            await http.Response.WriteAsJsonAsync(new { useBrowserUrlAsEndpoint = true, endpoint, title = "DockingGraph", disableTelemetry = true }, http.RequestAborted);
            return;
        }

        await ServeFileAsync(http, asset);
    }

    private async Task ServeFileAsync(HttpContext http, string path)
    {
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = contentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        http.Response.ContentLength = file.Length;
        if (path != "index.html")
        {
            // The bundle's assets carry content hashes in their names.
            http.Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(1) };
        }

        await http.Response.SendFileAsync(file, http.RequestAborted);
    }
}
