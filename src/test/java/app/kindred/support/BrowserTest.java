package app.kindred.support;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test against the running app: one headless Chromium per test class, the app's port,
 * and the sign-in form. Subclasses carry {@link AppTest} so they share the one Spring context.
 */
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startSharedBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeSharedBrowser() {
        browser.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected LoginPage loginPage(Page page) {
        return new LoginPage(page, port);
    }
}
