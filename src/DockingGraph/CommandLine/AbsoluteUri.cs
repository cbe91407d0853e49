using System.CommandLine;

namespace DockingGraph.CommandLine;

/// <summary>An option whose value is an absolute http(s) address (System.CommandLine has no parser for <see cref="Uri"/>).</summary>
public static class AbsoluteUri
{
    public static Option<Uri> Option(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "URL",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }

            result.AddError($"{name} must be an absolute http(s) address, not \"{text}\".");
            return null;
        },
    };
}
