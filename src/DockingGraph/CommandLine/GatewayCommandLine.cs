using System.CommandLine;
using DockingGraph.Execution.SchemaGeneration;
using DockingGraph.Querying;

namespace DockingGraph.CommandLine;

/// <summary>The commands that run the web host (and so read the store): the rest run without it.</summary>
public enum HostCommand
{
    Serve,
    Import,
    Migrate,
}

/// <summary>A command that needs the host: which one, its arguments, and the settings for the host.</summary>
public sealed record HostInvocation(HostCommand Command, string[] HostArguments, IReadOnlyList<string> ImportPaths, Uri? ImportFromApi);

/// <summary>
/// The gateway's command line (System.CommandLine): <c>serve</c> (the default), <c>import</c>,
/// <c>migrate</c>, <c>generate-schema</c> and <c>healthcheck</c>, each with its own help;
/// <c>--help</c> and <c>--version</c>. Host settings follow <see cref="HostArguments"/>. Anything
/// else unknown prints the usage on standard error and exits with 2.
/// </summary>
public sealed class GatewayCommandLine
{
    public const int UsageError = 2;

    private readonly ParseResult? parsed;
    private readonly string? splitError;

    private GatewayCommandLine(ParseResult? parsed, string? splitError, HostInvocation? host)
    {
        this.parsed = parsed;
        this.splitError = splitError;
        Host = host;
    }

    /// <summary>Set when the command runs in the web host; otherwise <see cref="InvokeAsync"/> does the work.</summary>
    public HostInvocation? Host { get; }

    public static GatewayCommandLine Parse(string[] args)
    {
        List<string> host, rest;
        try
        {
            (host, rest) = HostArguments.Split(args);
        }
        catch (ArgumentException ex)
        {
            return new GatewayCommandLine(null, ex.Message, null);
        }

        if (rest is ["help", .. var topic])
        {
            // `help` and `help import` as people type them.
            rest = [.. topic, "--help"];
        }

        var commands = new Commands(host);
        var result = commands.Root.Parse(rest);
        var command = result.CommandResult.Command;
        if (result.Errors.Count > 0 || !commands.RunInHost.Contains(command) || result.Action != command.Action)
        {
            // A usage error, help, version, or a command of its own.
            return new GatewayCommandLine(result, null, null);
        }

        host.AddRange(commands.HostOptions(result));
        var invocation = command == commands.Import
            ? new HostInvocation(HostCommand.Import, [.. host], result.GetValue(commands.ImportPaths) ?? [], result.GetValue(commands.ImportFromApi))
            : new HostInvocation(command == commands.Migrate ? HostCommand.Migrate : HostCommand.Serve, [.. host], [], null);
        return new GatewayCommandLine(result, null, invocation);
    }

    /// <summary>Help, version, a usage error (exit 2), or a command that needs no host.</summary>
    public async Task<int> InvokeAsync()
    {
        if (splitError is not null)
        {
            await Console.Error.WriteLineAsync(splitError);
            await new Commands([]).Root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = Console.Error });
            return UsageError;
        }

        if (parsed!.Errors.Count > 0)
        {
            // The errors, then the usage of the command in question, all on standard error.
            await parsed.InvokeAsync(new InvocationConfiguration { Output = Console.Error, Error = Console.Error });
            return UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    /// <summary>The command tree; the actions of the host's commands are run by the host, not here.</summary>
    private sealed class Commands
    {
        public Commands(IReadOnlyList<string> hostSettings)
        {
            // Each command lists the host options that mean something to it: where to listen for the
            // server and the probe that finds it, the environment (its appsettings) for all that read them.
            Root.Add(NewUrls());
            Root.Add(NewEnvironment());
            Serve.Add(NewUrls());
            Serve.Add(NewEnvironment());
            Root.Add(Serve);
            Import.Add(NewEnvironment());
            Migrate.Add(NewEnvironment());
            Import.Add(ImportPaths);
            Import.Add(ImportFromApi);
            Import.Validators.Add(result =>
            {
                var paths = result.GetValue(ImportPaths) ?? [];
                var api = result.GetResult(ImportFromApi) is not null;
                if ((paths.Length == 0) == !api)
                {
                    result.AddError("import takes files and folders, or --from-api URL (one of the two).");
                }
            });
            Root.Add(Import);
            Root.Add(Migrate);
            Root.Add(GenerateSchemaCommand.Create());
            var healthcheck = HealthcheckCommand.Create(result => hostSettings.Concat(HostOptions(result)));
            healthcheck.Add(NewUrls());
            healthcheck.Add(NewEnvironment());
            Root.Add(healthcheck);

            // The host runs these (Program.cs builds it); their actions only mark them as commands of their own.
            foreach (var command in RunInHost)
            {
                command.SetAction(_ => 0);
            }
        }

        public IReadOnlyList<Command> RunInHost => [Root, Serve, Import, Migrate];

        public Command Serve { get; } = new("serve", "Serve the graph at /graphql (the default): migrate the store and, when it is empty, import the bundled LL2 seeds first.");

        public RootCommand Root { get; } = new(
            "DockingGraph: a GraphQL gateway over Launch Library 2's docking data. With no command it serves the graph. "
            + "Any configuration setting can be given as an option with a colon in its name, with a space or '=' before its value: "
            + "--Database:Provider PostgreSQL, --ConnectionStrings:Docking=\"Host=...\", --GraphQL:MaxDepth 15.");

        private List<Option<string>> Urls { get; } = [];

        private List<Option<string>> Environments { get; } = [];

        public Command Import { get; } = new("import", "Import LL2 docking event bodies (files or folders of JSON, 2.3.0 and 2.2.0, any mode) in one transaction, or sync from an LL2 list endpoint.");

        public Argument<string[]> ImportPaths { get; } = new("paths") { Description = "LL2 JSON files or folders of them.", Arity = ArgumentArity.ZeroOrMore };

        public Option<Uri> ImportFromApi { get; } = AbsoluteUri.Option("--from-api", "Sync from an LL2 list endpoint instead, e.g. https://ll.thespacedevs.com/2.3.0/docking_events/ (follows next links, resumes where it stopped).");

        public Command Migrate { get; } = new("migrate", "Bring the store's schema up to date and exit (the server also migrates when it starts).");

        /// <summary><c>--urls</c> and <c>--environment</c>, as the host reads them, wherever on the command line they were given.</summary>
        public IEnumerable<string> HostOptions(ParseResult result)
        {
            foreach (var urls in Urls.Select(result.GetValue).OfType<string>())
            {
                yield return $"--urls={urls}";
            }

            foreach (var environment in Environments.Select(result.GetValue).OfType<string>())
            {
                yield return $"--environment={environment}";
            }
        }

        private Option<string> NewUrls()
        {
            var urls = new Option<string>("--urls")
            {
                Description = "Where to listen, e.g. http://0.0.0.0:8080 (';' between several); otherwise ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, Kestrel:Endpoints, else http://localhost:5000.",
            };
            Urls.Add(urls);
            return urls;
        }

        private Option<string> NewEnvironment()
        {
            var environment = new Option<string>("--environment")
            {
                Description = "The hosting environment, whose appsettings.ENVIRONMENT.json is read: Development, Staging or Production (the default; `dotnet run` uses Development).",
            };
            Environments.Add(environment);
            return environment;
        }
    }
}
