package app.kindred.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Playwright. Playwright must never download a browser here:
 * the variable has to reach its driver process, which only {@code CreateOptions.setEnv} does.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    static {
        // A first Vaadin page and a bcrypt sign-in can take seconds on a busy 2-core machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    public Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM
                    + ". Install it (apt-get install -y chromium) or set CHROMIUM_PATH.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    public Page desktopPage() {
        return newContext(1280, 900).newPage();
    }

    public Page phonePage() {
        return newContext(390, 844).newPage();
    }

    public BrowserContext newContext(int width, int height) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, height)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(30_000);
        return context;
    }

    /** Waits until Vaadin has no request in flight, so assertions see the server's answer. */
    public static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
