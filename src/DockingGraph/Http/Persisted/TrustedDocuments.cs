using Microsoft.Extensions.Options;

namespace DockingGraph.Http.Persisted;

/// <summary>
/// The trusted documents of <c>PersistedDocuments:Path</c>, read once: each file's name must be
/// the hash of its text, which the start-up check verifies (<see cref="Validator"/>), naming the
/// file that is not.
/// </summary>
public sealed class TrustedDocuments(IOptions<PersistedDocumentOptions> options)
{
    private readonly Lazy<Dictionary<string, string>> documents = new(() => Read(options.Value.Path).ToDictionary(d => d.Name, d => d.Text, StringComparer.Ordinal));

    public int Count => documents.Value.Count;

    public string? Find(string hash) => documents.Value.GetValueOrDefault(hash);

    private static IEnumerable<(string File, string Name, string Text)> Read(string? folder) =>
        folder is null || !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.graphql").Select(file => (file, System.IO.Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)));

    internal sealed class Validator : IValidateOptions<PersistedDocumentOptions>
    {
        public ValidateOptionsResult Validate(string? name, PersistedDocumentOptions options)
        {
            foreach (var (file, documentName, text) in Read(options.Path))
            {
                if (DocumentHash.Of(text) != documentName)
                {
                    return ValidateOptionsResult.Fail($"PersistedDocuments:Path: the trusted document {file} is not named by the SHA-256 of its text ({DocumentHash.Of(text)}.graphql)");
                }
            }

            return ValidateOptionsResult.Success;
        }
    }
}
