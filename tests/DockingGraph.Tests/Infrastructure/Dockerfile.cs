using System.Text.Json;
using System.Text.RegularExpressions;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// The repository's Dockerfile as Docker reads it, for the tests that reproduce its image where
/// no container engine runs: the build stage's <c>dotnet publish</c> line, and the final stage's
/// WORKDIR, ENV, USER, EXPOSE, VOLUME, HEALTHCHECK and ENTRYPOINT. Continuation lines are joined.
/// </summary>
public sealed partial class Dockerfile
{
    /// <summary>
    /// What the base image (mcr.microsoft.com/dotnet/aspnet) itself sets: its ENV, which the
    /// Dockerfile's USER <c>$APP_UID</c> refers to. A fact about that image, not about ours.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> BaseImageEnvironment = new Dictionary<string, string>
    {
        ["APP_UID"] = "1654",
        ["ASPNETCORE_HTTP_PORTS"] = "8080",
        ["DOTNET_RUNNING_IN_CONTAINER"] = "true",
    };

    private Dockerfile(IReadOnlyList<(string Instruction, string Arguments)> build, IReadOnlyList<(string Instruction, string Arguments)> final)
    {
        var publish = build.Single(i => i.Instruction == "RUN" && i.Arguments.StartsWith("dotnet publish", StringComparison.Ordinal)).Arguments;
        PublishCommand = publish.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        WorkDir = final.Last(i => i.Instruction == "WORKDIR").Arguments;
        Environment = new Dictionary<string, string>(BaseImageEnvironment);
        foreach (var (_, arguments) in final.Where(i => i.Instruction == "ENV"))
        {
            foreach (Match pair in EnvPair().Matches(arguments))
            {
                Environment[pair.Groups["key"].Value] = pair.Groups["quoted"].Success ? pair.Groups["quoted"].Value : pair.Groups["plain"].Value;
            }
        }

        User = Expand(final.Last(i => i.Instruction == "USER").Arguments);
        ExposedPort = int.Parse(final.Single(i => i.Instruction == "EXPOSE").Arguments.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
        Volume = final.Single(i => i.Instruction == "VOLUME").Arguments.Trim();
        Entrypoint = JsonSerializer.Deserialize<string[]>(final.Single(i => i.Instruction == "ENTRYPOINT").Arguments)!;
        var healthcheck = final.Single(i => i.Instruction == "HEALTHCHECK").Arguments;
        HealthcheckCommand = JsonSerializer.Deserialize<string[]>(healthcheck[(healthcheck.IndexOf("CMD ", StringComparison.Ordinal) + 4)..])!;
    }

    /// <summary>The build stage's publish, e.g. <c>dotnet publish src/... -c Release -o /app --no-restore</c>.</summary>
    public IReadOnlyList<string> PublishCommand { get; }

    public string WorkDir { get; }

    /// <summary>The final image's environment: the base image's, then the Dockerfile's ENV.</summary>
    public Dictionary<string, string> Environment { get; }

    /// <summary>The user the image runs as, <c>$APP_UID</c> expanded.</summary>
    public string User { get; }

    public int ExposedPort { get; }

    public string Volume { get; }

    public IReadOnlyList<string> Entrypoint { get; }

    public IReadOnlyList<string> HealthcheckCommand { get; }

    public static Dockerfile Read(string path)
    {
        var instructions = new List<(string, string)>();
        var logical = "";
        foreach (var line in File.ReadLines(path))
        {
            if (line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            logical += line.TrimEnd();
            if (logical.EndsWith('\\'))
            {
                logical = logical[..^1] + " ";
                continue;
            }

            if (logical.Trim().Length > 0)
            {
                var parts = logical.Trim().Split(' ', 2);
                instructions.Add((parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : ""));
            }

            logical = "";
        }

        var lastFrom = instructions.FindLastIndex(i => i.Item1 == "FROM");
        return new Dockerfile(instructions[..lastFrom], instructions[lastFrom..]);
    }

    private string Expand(string value) =>
        Variable().Replace(value, m => Environment.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex("""(?<key>[A-Za-z_][A-Za-z0-9_.]*)=(?:"(?<quoted>[^"]*)"|(?<plain>\S*))""")]
    private static partial Regex EnvPair();

    [GeneratedRegex(@"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?")]
    private static partial Regex Variable();
}
