using GraphQL;
using GraphQL.Execution;

namespace DockingGraph.Execution;

/// <summary>
/// Errors as HotChocolate shapes them: an error's details sit directly in <c>extensions</c>
/// (<c>{ "code": "HC0051", "requestedItems": 500, "maxAllowedItems": 100 }</c>) rather than under
/// GraphQL.NET's <c>extensions.data</c>; exception details are never exposed. A message that quotes
/// a client's value (GraphQL.NET's "Unable to convert '...' to 'Int'") is cut to
/// <see cref="EchoedValue.MaxMessageLength"/> characters.
/// </summary>
internal sealed class DockingErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCodes = false, ExposeData = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (info.Message.Length > EchoedValue.MaxMessageLength)
        {
            info = new ErrorInfo { Message = EchoedValue.Message(info.Message), Extensions = info.Extensions };
        }

        if (executionError.Data.Count == 0)
        {
            return info;
        }

        var extensions = info.Extensions is null ? [] : new Dictionary<string, object?>(info.Extensions);
        foreach (System.Collections.DictionaryEntry entry in executionError.Data)
        {
            extensions[entry.Key.ToString()!] = entry.Value;
        }

        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }
}
