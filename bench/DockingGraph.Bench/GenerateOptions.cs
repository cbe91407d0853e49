using System.Globalization;

namespace DockingGraph.Bench;

/// <summary>How many made-up docking events to write, where, and from which seed.</summary>
public sealed record GenerateOptions(int Events, string Out, int Seed)
{
    public static GenerateOptions Parse(IReadOnlyList<string> args)
    {
        var options = new GenerateOptions(-1, "", 1);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options = args[i] switch
            {
                "--events" => options with { Events = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--out" => options with { Out = args[i + 1] },
                "--seed" => options with { Seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options.Events >= 0 && options.Out.Length > 0
            ? options
            : throw new ArgumentException("generate needs --events N and --out FILE");
    }
}
