using System.Text.Json;

namespace DockingGraph.Tests.Http.Caching;

/// <summary>GraphQL over GET as a client sends it, with the caching headers it may add.</summary>
internal static class GraphQLGet
{
    public static string Address(string query, object? variables = null, string? operationName = null)
    {
        var address = $"/graphql?query={Uri.EscapeDataString(query)}";
        if (variables is not null)
        {
            address += $"&variables={Uri.EscapeDataString(JsonSerializer.Serialize(variables))}";
        }

        return operationName is null ? address : $"{address}&operationName={Uri.EscapeDataString(operationName)}";
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string address, string? ifNoneMatch = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The response's ETag as sent (<c>"..."</c> or <c>W/"..."</c>), or null.</summary>
    public static string? ETag(HttpResponseMessage response) => response.Headers.ETag?.ToString();
}
