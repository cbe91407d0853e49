using DockingGraph.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DockingGraph.Tests.GraphQLOverHttp;

/// <summary>
/// Banana Cake Pop in a real headless browser (Debian's Chromium driven by Playwright), loaded from
/// the gateway on a real socket: it reads the schema, runs a query and shows the result.
/// </summary>
public sealed class IdeBrowserTests(KestrelGateway gateway) : IClassFixture<KestrelGateway>
{
    /// <summary>Where the last run leaves its screenshot (the README's picture is one of these).</summary>
    public static string ScreenshotPath => Path.Combine(Path.GetTempPath(), "dockinggraph-banana-cake-pop.png");

    [SkippableFact]
    public async Task Banana_Cake_Pop_runs_a_query_against_the_gateway_and_shows_the_result()
    {
        IdeBrowser.SkipWithoutChromium();
        await using var ide = await IdeBrowser.OpenAsync(new Uri(gateway.GraphQLEndpoint, "/graphql"), "{ dockingEvents(first: 2) { nodes { id docking } } }", shownAs: "dockingEvents(first");
        var page = ide.Page;
        var response = page.Locator(".monaco-editor", new() { HasText = "\"dockingEvents\"" });
        for (var attempt = 1; await response.CountAsync() == 0; attempt++)
        {
            await ide.RunAsync();
            try
            {
                await response.WaitForAsync(new() { Timeout = 15_000 });
            }
            catch (TimeoutException) when (attempt < 4)
            {
            }
        }

        await page.ScreenshotAsync(new() { Path = ScreenshotPath });

        var text = await IdeBrowser.TextAsync(response);
        Assert.Contains("\"id\": 151", text, StringComparison.Ordinal);
        Assert.Contains("\"docking\": \"2011-02-24T15:59:19Z\"", text, StringComparison.Ordinal);
        Assert.Contains("\"id\": 187", text, StringComparison.Ordinal);
        Assert.Equal(new Uri(gateway.GraphQLEndpoint, "/graphql/").ToString(), page.Url);
    }
}
