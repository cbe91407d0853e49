using DockingGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DockingGraph.Tests.Live;

/// <summary>
/// Banana Cake Pop subscribing in a real headless browser (Debian's Chromium driven by Playwright):
/// a subscription run in the IDE shows the event an import commits while it waits.
/// </summary>
public sealed class IdeSubscriptionBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task A_subscription_in_Banana_Cake_Pop_shows_the_event_an_import_commits()
    {
        Skip.IfNot(File.Exists(Chromium), $"no browser at {Chromium} (.ci/run installs Debian's chromium)");
        using var gateway = new LiveGateway(StoreProvider.Sqlite);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        // The IDE's service worker reloads the page once it has cached the bundle, which would end the subscription.
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 800 }, ServiceWorkers = ServiceWorkerPolicy.Block });
        page.SetDefaultTimeout(60_000);

        await page.GotoAsync(gateway.GraphQL.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).First.ClickAsync();
        await page.Locator(".monaco-editor").First.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync("subscription { dockingEventChanged { kind dockingEvent { id dockingLocation { name } } } }");
        await page.Locator(".monaco-editor", new() { HasText = "dockingEventChanged" }).WaitForAsync();
        await page.GetByText("Schema available").WaitForAsync();

        // Subscribed once the gateway counts it; a Run pressed too early does nothing.
        var feeds = gateway.Services.GetRequiredService<DockingGraph.Http.Live.SubscriptionFeeds>();
        for (var attempt = 1; feeds.Clients == 0; attempt++)
        {
            await page.Locator("button", new() { HasTextString = "Run" }).First.ClickAsync();
            for (var waited = 0; waited < 10_000 && feeds.Clients == 0; waited += 100)
            {
                await Task.Delay(100);
            }

            Assert.True(attempt < 4 || feeds.Clients > 0, "Banana Cake Pop did not subscribe");
        }

        var committed = Infrastructure.GeneratedDockingData.Page(1);
        committed["results"]![0]!["docking_location"]!["name"] = "Seen in the IDE";
        await gateway.ImportAsync(committed);

        var response = page.Locator(".monaco-editor", new() { HasText = "Seen in the IDE" });
        await response.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "dockinggraph-banana-cake-pop-subscription.png") });
        var text = (await response.InnerTextAsync()).Replace('\u00A0', ' ');
        Assert.Contains("\"kind\": \"CREATED\"", text, StringComparison.Ordinal);
    }
}
