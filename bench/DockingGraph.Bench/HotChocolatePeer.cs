using System.Diagnostics;

namespace DockingGraph.Bench;

/// <summary>
/// The HotChocolate peer: the small server of <c>bench/hotchocolate/server</c> over HotChocolate v12
/// preview built from source (<c>bench/hotchocolate/build.sh</c>: its NuGet packages are not served
/// to this project), EF Core and Npgsql, over the same PostgreSQL database. It is built outside the
/// repository (the repository's build settings are not HotChocolate's), into
/// <see cref="SuiteOptions.HotChocolateBuild"/>, when the suite is given a git directory holding
/// HotChocolate's commit (<c>--hotchocolate-git</c>); it runs wherever it has been built, and is
/// skipped, saying so, where it has not.
/// </summary>
public static class HotChocolatePeer
{
    /// <summary>Why the peer cannot run from <paramref name="build"/>, or null when it can.</summary>
    public static string? Unavailable(string build) => File.Exists(Dll(build))
        ? null
        : $"not built in {build} (`--hotchocolate-git DIR` builds it there, DIR a git directory holding ChilliCream/hotchocolate at 2f99183)";

    /// <summary>Builds the peer into <paramref name="build"/> from HotChocolate's commit in the git directory <paramref name="git"/>.</summary>
    public static async Task BuildAsync(string repository, string git, string build)
    {
        Console.Error.WriteLine($"building HotChocolate from {git} into {build}...");
        await BenchProcess.RunAsync("env", [$"HC_GIT={git}", $"HC_SRC={Path.Combine(build, "src")}", $"PEER={Path.Combine(build, "peer")}", "bash", Path.Combine(repository, "bench", "hotchocolate", "build.sh")]);
    }

    /// <param name="connectionString">The database, as Npgsql reads it; the peer is spared <c>DISCARD ALL</c> on each pooled connection, as the gateway spares itself.</param>
    public static async Task<PeerServer> StartAsync(string build, string connectionString)
    {
        var address = new Uri($"http://127.0.0.1:{ThrowawayPostgres.FreePort()}");
        var start = new ProcessStartInfo("dotnet");
        foreach (var argument in (string[])[Dll(build), "--urls", address.ToString()])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["HC_PEER_PG"] = $"{connectionString};No Reset On Close=true";
        var endpoint = new Uri(address, "/graphql");
        var server = await ServerProcess.StartAsync(start, Peer.HotChocolate.Name(), PeerServer.Answers(endpoint), TimeSpan.FromSeconds(60));
        return new PeerServer(Peer.HotChocolate, server, endpoint);
    }

    private static string Dll(string build) => Path.Combine(build, "peer", "bin", "Release", "net10.0", "HcPeer.dll");
}
