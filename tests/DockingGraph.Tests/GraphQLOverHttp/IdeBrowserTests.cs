using DockingGraph.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DockingGraph.Tests.GraphQLOverHttp;

/// <summary>
/// Banana Cake Pop in a real headless browser (Debian's Chromium driven by Playwright), loaded from
/// the gateway on a real socket: it reads the schema, runs a query and shows the result.
/// </summary>
public sealed class IdeBrowserTests(KestrelGateway gateway) : IClassFixture<KestrelGateway>
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>Where the last run leaves its screenshot (the README's picture is one of these).</summary>
    public static string ScreenshotPath => Path.Combine(Path.GetTempPath(), "dockinggraph-banana-cake-pop.png");

    [SkippableFact]
    public async Task Banana_Cake_Pop_runs_a_query_against_the_gateway_and_shows_the_result()
    {
        Skip.IfNot(File.Exists(Chromium), $"no browser at {Chromium} (.ci/run installs Debian's chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,

            // As root, Chromium needs --no-sandbox; without the network switches it keeps trying hosts this machine cannot reach.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 800 } });

        // A busy machine (CI runs the suites in parallel on two cores) may take its time.
        page.SetDefaultTimeout(60_000);

        await page.GotoAsync(new Uri(gateway.GraphQLEndpoint, "/graphql").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).First.ClickAsync();
        await page.Locator(".monaco-editor").First.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync("{ dockingEvents(first: 2) { nodes { id docking } } }");
        await page.Locator(".monaco-editor", new() { HasText = "dockingEvents(first" }).WaitForAsync();

        // The IDE reads the schema first; a Run pressed before that does nothing.
        await page.GetByText("Schema available").WaitForAsync();
        var response = page.Locator(".monaco-editor", new() { HasText = "\"dockingEvents\"" });
        for (var attempt = 1; await response.CountAsync() == 0; attempt++)
        {
            // The button by its text: hovering it adds its shortcut to its accessible name.
            await page.Locator("button", new() { HasTextString = "Run" }).First.ClickAsync();
            try
            {
                await response.WaitForAsync(new() { Timeout = 15_000 });
            }
            catch (TimeoutException) when (attempt < 4)
            {
            }
        }

        await page.ScreenshotAsync(new() { Path = ScreenshotPath });

        // Monaco shows spaces as no-break spaces.
        var text = (await response.InnerTextAsync()).Replace('\u00A0', ' ');
        Assert.Contains("\"id\": 151", text, StringComparison.Ordinal);
        Assert.Contains("\"docking\": \"2011-02-24T15:59:19Z\"", text, StringComparison.Ordinal);
        Assert.Contains("\"id\": 187", text, StringComparison.Ordinal);
        Assert.Equal(new Uri(gateway.GraphQLEndpoint, "/graphql/").ToString(), page.Url);
    }
}
