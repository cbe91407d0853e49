namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// The gateway published exactly as the Dockerfile publishes it (its own <c>dotnet publish</c>
/// line, with the output folder moved from the image's to a temporary one), once for the tests
/// that run the published output.
/// </summary>
public sealed class PublishedGateway : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"dockinggraph-published-{Guid.NewGuid():N}");

    public Dockerfile Dockerfile { get; } = Dockerfile.Read(Path.Combine(RepositoryRoot, "Dockerfile"));

    /// <summary>Where the image's WORKDIR is: the published gateway.</summary>
    public string AppFolder => Path.Combine(Root, "app");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DockingGraph.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("DockingGraph.sln not found above the test binaries");
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        if (!OperatingSystem.IsWindows())
        {
            // Readable by the image's user, writable only by the test run (as the image's /app is).
            File.SetUnixFileMode(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var command = Dockerfile.PublishCommand.Select(a => a == Dockerfile.WorkDir ? AppFolder : a).ToList();
        Assert.Contains(AppFolder, command);
        var publish = await GatewayProcess.RunAsync(command, new Dictionary<string, string>(), RepositoryRoot);
        Assert.True(publish.ExitCode == 0, $"{string.Join(' ', command)} failed:\n{publish.Output}\n{publish.Errors}");
    }

    /// <summary>A folder for one run's data, owned by <paramref name="owner"/> (a uid), or by the test run.</summary>
    public string DataFolder(string name, string? owner = null)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        if (owner is not null)
        {
            var chown = System.Diagnostics.Process.Start("chown", [$"{owner}:{owner}", folder])!;
            chown.WaitForExit();
            Assert.Equal(0, chown.ExitCode);
        }

        return folder;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}
