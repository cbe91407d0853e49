using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hosting;

/// <summary>
/// The published gateway as operators run it: every standard ASP.NET Core way of choosing its
/// address, and the container image reproduced from the Dockerfile (there is no container engine
/// here): its environment, its non-root user, its port, its volume and its health check.
/// </summary>
[Collection(ReleaseBuild.Name)]
public sealed class PublishedGatewayTests(PublishedGateway published) : IClassFixture<PublishedGateway>
{
    private string Gateway => Path.Combine(published.AppFolder, "DockingGraph.dll");

    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    [InlineData("--urls")]
    [InlineData("--urls=")]
    [InlineData("Kestrel__Endpoints__Web__Url")]
    [InlineData("--Kestrel:Endpoints:Web:Url")]
    public async Task Every_standard_way_of_choosing_the_address_is_obeyed(string way)
    {
        var port = PostgresServer.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var environment = RootEnvironment();
        string[] arguments = [];
        switch (way)
        {
            case "ASPNETCORE_HTTP_PORTS":
                environment[way] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "--urls=":
                arguments = [$"--urls={url}"];
                break;
            case var option when option.StartsWith("--", StringComparison.Ordinal):
                arguments = [option, url];
                break;
            default:
                environment[way] = url;
                break;
        }

        await using var gateway = GatewayProcess.Start(Gateway, arguments, environment);
        var listening = await gateway.ListeningAsync();

        Assert.Equal(port, listening.Port);
        Assert.Equal(19, await TotalCountAsync(port));
    }

    [SkippableFact]
    public async Task Without_an_address_it_listens_on_localhost_5000()
    {
        Skip.IfNot(IsFree(5000), "port 5000 is taken on this machine");

        await using var gateway = GatewayProcess.Start(Gateway, [], RootEnvironment());
        var listening = await gateway.ListeningAsync();

        Assert.Equal(new Uri("http://localhost:5000"), listening);
        Assert.Equal(19, await TotalCountAsync(5000));
    }

    [SkippableFact]
    public async Task The_image_serves_the_graph_on_its_port_as_its_non_root_user_with_its_data_in_the_volume()
    {
        var image = published.Dockerfile;
        SkipUnlessImageCanBeReproduced(image);
        var data = published.DataFolder("volume-served", owner: image.User);
        var before = Directory.GetFileSystemEntries(published.AppFolder, "*", SearchOption.AllDirectories).Length;

        await using var container = StartContainer(image, data);
        var listening = await container.ListeningAsync();

        Assert.Equal(image.ExposedPort, listening.Port);
        Assert.Equal(19, await TotalCountAsync(image.ExposedPort));
        using var http = new HttpClient();
        Assert.Equal("Healthy", await http.GetStringAsync(new Uri($"http://127.0.0.1:{image.ExposedPort}/health/ready")));

        var healthcheck = await GatewayProcess.RunAsync([.. AsImageUser(image), .. image.HealthcheckCommand], ContainerEnvironment(image, data), WorkDir(image));
        Assert.True(healthcheck.ExitCode == 0, healthcheck.Output + healthcheck.Errors);

        // The store is in the volume, written by the image's user; the app folder is left as it was.
        var store = Directory.GetFiles(data, "*.db").Single();
        Assert.Equal(image.User, Owner(store));
        Assert.Equal(before, Directory.GetFileSystemEntries(published.AppFolder, "*", SearchOption.AllDirectories).Length);

        // Production: the IDE is off unless enabled, so a browser at /graphql gets no page.
        using var page = await GetPageAsync(image.ExposedPort);
        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task The_image_serves_the_IDE_when_it_is_enabled()
    {
        var image = published.Dockerfile;
        SkipUnlessImageCanBeReproduced(image);
        var data = published.DataFolder("volume-ide", owner: image.User);

        await using var container = StartContainer(image, data, ("Ide__Enabled", "true"));
        await container.ListeningAsync();

        using var page = await GetPageAsync(image.ExposedPort);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task The_healthcheck_fails_when_no_gateway_answers()
    {
        var image = published.Dockerfile;
        SkipUnlessImageCanBeReproduced(image);

        var healthcheck = await GatewayProcess.RunAsync([.. image.HealthcheckCommand, "--url", $"http://127.0.0.1:{PostgresServer.FreePort()}"], ContainerEnvironment(image, Path.GetTempPath()), WorkDir(image));

        Assert.Equal(1, healthcheck.ExitCode);
        Assert.Contains("no answer", healthcheck.Errors, StringComparison.Ordinal);
    }

    private static void SkipUnlessImageCanBeReproduced(Dockerfile image)
    {
        Skip.IfNot(Environment.UserName == "root", "running as the image's user needs root (setpriv)");
        Skip.IfNot(IsFree(image.ExposedPort), $"port {image.ExposedPort} is taken on this machine");
    }

    private GatewayProcess StartContainer(Dockerfile image, string data, params (string Name, string Value)[] settings)
    {
        var environment = ContainerEnvironment(image, data);
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        return GatewayProcess.Start([.. AsImageUser(image), .. image.Entrypoint], environment, WorkDir(image));
    }

    /// <summary>The image's environment, with its volume at <paramref name="data"/> and its user's home there too.</summary>
    private static Dictionary<string, string> ContainerEnvironment(Dockerfile image, string data)
    {
        var environment = image.Environment.ToDictionary(e => e.Key, e => e.Value.Replace(image.Volume, data, StringComparison.Ordinal));
        environment["HOME"] = data;
        return environment;
    }

    private static string[] AsImageUser(Dockerfile image) => ["setpriv", "--reuid", image.User, "--regid", image.User, "--clear-groups"];

    private string WorkDir(Dockerfile image) => image.WorkDir == "/app" ? published.AppFolder : throw new InvalidOperationException($"WORKDIR {image.WorkDir} is not where the image's publish puts the gateway");

    private Dictionary<string, string> RootEnvironment() => new() { ["HOME"] = published.DataFolder("home") };

    private static async Task<int> TotalCountAsync(int port)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(new Uri($"http://127.0.0.1:{port}/graphql"), new { query = "{ dockingEvents { totalCount } }" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("data").GetProperty("dockingEvents").GetProperty("totalCount").GetInt32();
    }

    private static async Task<HttpResponseMessage> GetPageAsync(int port)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}/graphql/"));
        request.Headers.Accept.ParseAdd("text/html");
        return await http.SendAsync(request);
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Any, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Owner(string path)
    {
        var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%u", path]) { RedirectStandardOutput = true })!;
        var owner = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return owner;
    }
}
