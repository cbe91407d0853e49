using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DockingGraph.Tests.Live;

/// <summary>
/// Banana Cake Pop subscribing in a real headless browser (Debian's Chromium driven by Playwright):
/// a subscription run in the IDE shows the event an import commits while it waits.
/// </summary>
public sealed class IdeSubscriptionBrowserTests
{
    [SkippableFact]
    public async Task A_subscription_in_Banana_Cake_Pop_shows_the_event_an_import_commits()
    {
        IdeBrowser.SkipWithoutChromium();
        using var gateway = new LiveGateway(StoreProvider.Sqlite);

        // The IDE's service worker reloads the page once it has cached the bundle, which would end the subscription.
        await using var ide = await IdeBrowser.OpenAsync(gateway.GraphQL, "subscription { dockingEventChanged { kind dockingEvent { id dockingLocation { name } } } }", shownAs: "dockingEventChanged", ServiceWorkerPolicy.Block);
        var page = ide.Page;

        // Subscribed once the gateway counts it; a Run pressed too early does nothing.
        var feeds = gateway.Services.GetRequiredService<DockingGraph.Http.Live.SubscriptionFeeds>();
        for (var attempt = 1; feeds.Clients == 0; attempt++)
        {
            await ide.RunAsync();
            for (var waited = 0; waited < 10_000 && feeds.Clients == 0; waited += 100)
            {
                await Task.Delay(100);
            }

            Assert.True(attempt < 4 || feeds.Clients > 0, "Banana Cake Pop did not subscribe");
        }

        var committed = GeneratedDockingData.Page(1);
        committed["results"]![0]!["docking_location"]!["name"] = "Seen in the IDE";
        await gateway.ImportAsync(committed);

        var response = page.Locator(".monaco-editor", new() { HasText = "Seen in the IDE" });
        await response.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "dockinggraph-banana-cake-pop-subscription.png") });
        var text = await IdeBrowser.TextAsync(response);
        Assert.Contains("\"kind\": \"CREATED\"", text, StringComparison.Ordinal);
    }
}
