using Microsoft.Playwright;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// Banana Cake Pop in a real headless browser (Debian's Chromium driven by Playwright), loaded from a
/// gateway on a real socket, with a document typed into a new tab once the IDE has read the schema.
/// </summary>
public sealed class IdeBrowser : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private IdeBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static void SkipWithoutChromium() => Skip.IfNot(File.Exists(Chromium), $"no browser at {Chromium} (.ci/run installs Debian's chromium)");

    /// <summary>The IDE at <paramref name="ide"/> with <paramref name="document"/> typed in, shown once the editor holds <paramref name="shownAs"/> (a part without spaces: Monaco shows them as no-break spaces).</summary>
    public static async Task<IdeBrowser> OpenAsync(Uri ide, string document, string shownAs, ServiceWorkerPolicy serviceWorkers = ServiceWorkerPolicy.Allow)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,

            // As root, Chromium needs --no-sandbox; without the network switches it keeps trying hosts this machine cannot reach.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var opened = new IdeBrowser(playwright, browser, await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 800 }, ServiceWorkers = serviceWorkers }));
        try
        {
            var page = opened.Page;

            // A busy machine (CI runs the suites in parallel on two cores) may take its time.
            page.SetDefaultTimeout(60_000);
            await page.GotoAsync(ide.ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).First.ClickAsync();
            await page.Locator(".monaco-editor").First.ClickAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.PressAsync("Delete");
            await page.Keyboard.InsertTextAsync(document);
            await page.Locator(".monaco-editor", new() { HasText = shownAs }).WaitForAsync();

            // The IDE reads the schema first; a Run pressed before that does nothing.
            await page.GetByText("Schema available").WaitForAsync();
            return opened;
        }
        catch
        {
            await opened.DisposeAsync();
            throw;
        }
    }

    /// <summary>Presses Run, found by its text: hovering it adds its shortcut to its accessible name.</summary>
    public Task RunAsync() => Page.Locator("button", new() { HasTextString = "Run" }).First.ClickAsync();

    /// <summary>What <paramref name="editor"/> shows, with Monaco's no-break spaces as spaces.</summary>
    public static async Task<string> TextAsync(ILocator editor) => (await editor.InnerTextAsync()).Replace('\u00A0', ' ');

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
