package app.kindred.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The sign-in form as a person uses it: one place that knows its labels, for every browser test. */
public final class LoginPage {

    /** Password of the demo accounts (demo.admin, maya.rivera, daniel.okafor) in tests. */
    public static final String DEMO_PASSWORD = "demo-password-2026";
    /** Password of the bootstrap admin of the test clinic (see config/application.properties). */
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private final Page page;
    private final int port;

    public LoginPage(Page page, int port) {
        this.page = page;
        this.port = port;
    }

    /** Opens the form and submits it; does not wait for any particular page to follow. */
    public Page submit(String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        return page;
    }

    /** Signs in and waits until the caseload (the start page) has been drawn by the server. */
    public Page signInToCaseload(String username, String password) {
        submit(username, password);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Caseload"))).isVisible();
        Browser.waitForVaadin(page);
        return page;
    }
}
