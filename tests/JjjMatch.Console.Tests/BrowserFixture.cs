using Microsoft.Playwright;

namespace JjjMatch.Console.Tests;

/// <summary>
/// One host and one Debian chromium for the console's tests. Playwright cannot download its own browsers here, so it
/// drives /usr/bin/chromium (installed by tests/servers.sh with fonts-noto-cjk for the Chinese pages).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public ConsoleHost Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the screenshots of the main pages go: TestResults/console under the repository.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "TestResults", "console");

    public async Task InitializeAsync()
    {
        Host = new ConsoleHost();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                // As root in a container: no sandbox; and nothing that would reach for the network on its own.
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ],
            }
        );
    }

    /// <summary>
    /// A fresh browser context (its own cookies), Chinese, at a desktop width unless told otherwise, on the shared host
    /// or on <paramref name="host"/>.
    /// </summary>
    public async Task<IPage> NewPageAsync(
        int width = 1280,
        int height = 900,
        string locale = "zh-CN",
        ConsoleHost? host = null
    )
    {
        var context = await Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = (host ?? Host).Address.ToString(),
                Locale = locale,
                ViewportSize = new ViewportSize { Width = width, Height = height },
            }
        );
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JjjMatch.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "console";
}
