package app.kindred.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
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

    /**
     * Components not yet upgraded. Flow's root container and the grid's cell slots have
     * custom-element names but are plain light-DOM holders that are never defined.
     */
    private static final String NOT_UPGRADED = "[...document.querySelectorAll(':not(:defined)')]"
            + ".filter(e => !e.localName.startsWith('flow-container-') && e.localName !== 'vaadin-grid-cell-content')";

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

    /**
     * Waits until the page is still: Vaadin idle, every component upgraded (they draw themselves
     * only then) and short transitions ended (colours measured mid-fade, or a screenshot taken
     * mid-fade, are wrong). Endless animations such as spinners are not waited for.
     */
    public static void settle(Page page) {
        waitForVaadin(page);
        try {
            page.waitForFunction("() => " + NOT_UPGRADED + ".length === 0", null,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (TimeoutError e) {
            throw new AssertionError("Custom elements never upgraded: " + page.evaluate(
                    "() => [...new Set(" + NOT_UPGRADED + ".map(e => e.localName))]"), e);
        }
        try {
            page.waitForFunction("() => document.getAnimations()"
                    + ".filter(a => a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity)"
                    + ".length === 0", null, new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (TimeoutError e) {
            throw new AssertionError("Animations never ended: " + page.evaluate(
                    "() => document.getAnimations().filter(a => a.playState === 'running')"
                    + ".map(a => (a.effect && a.effect.target ? a.effect.target.localName : '?') + ':' + a.animationName)"), e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
