namespace DockingGraph.CommandLine;

/// <summary>
/// The rule for what on the command line belongs to the ASP.NET Core host rather than to a
/// command: any configuration key with a colon (<c>--Database:Provider PostgreSQL</c>,
/// <c>--ConnectionStrings:Docking=...</c>) and the host's own keys without one
/// (<c>--contentRoot</c>, <c>--applicationName</c>, <c>--http_ports</c>, <c>--https_ports</c>),
/// each with its value after a space or <c>=</c>, and <c>--Section=</c> with an empty value for a
/// section of the gateway's settings (a section's own value, as ASP.NET Core's test host passes
/// it); any other empty <c>--Key=</c> is an unknown option. They are taken out before the command line is
/// parsed and handed to the host as <c>--key=value</c>. <c>--urls</c> and <c>--environment</c> are
/// options of every command (so that help lists them) and reach the host the same way.
/// </summary>
public static class HostArguments
{
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "contentRoot", "applicationName", "http_ports", "https_ports",
    };

    /// <summary>The sections of the gateway's settings, whose own (empty) value ASP.NET Core's test host passes as <c>--Section=</c>.</summary>
    private static readonly HashSet<string> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        "AllowedHosts", "Caching", "ChangeFeed", "ConnectionStrings", "Cors", "Database", "Execution", "ForwardedHeaders", "GraphQL", "Ide",
        "Import", "Kestrel", "Live", "LL2", "Logging", "PersistedDocuments", "RateLimit", "Seed", "Sync", "Telemetry",
    };

    /// <summary>Splits <paramref name="args"/> into the host's settings and the rest, in order.</summary>
    /// <exception cref="ArgumentException">A host setting without a value.</exception>
    public static (List<string> Host, List<string> Command) Split(IReadOnlyList<string> args)
    {
        var host = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            if (argument == "--")
            {
                // Everything after a bare "--" is the command's (paths that look like options).
                rest.AddRange(args.Skip(i));
                break;
            }

            if (!IsHostKey(argument, out var key, out var value))
            {
                rest.Add(argument);
                continue;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"--{key} needs a value: --{key} VALUE or --{key}=VALUE");
                }

                value = args[++i];
            }

            host.Add($"--{key}={value}");
        }

        return (host, rest);
    }

    private static bool IsHostKey(string argument, out string key, out string? value)
    {
        key = "";
        value = null;
        if (!argument.StartsWith("--", StringComparison.Ordinal) || argument.Length == 2)
        {
            return false;
        }

        var body = argument[2..];
        var equals = body.IndexOf('=', StringComparison.Ordinal);
        key = equals < 0 ? body : body[..equals];
        value = equals < 0 ? null : body[(equals + 1)..];
        // An empty "--Section=" is how ASP.NET's test host passes a section's own (empty) value.
        return key.Length > 0 && (key.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(key) || (value is "" && Sections.Contains(key)));
    }
}
