package app.kindred.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.LoginPage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class SignInIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void the_admin_signs_in_and_sees_the_dashboard_in_the_shell() {
        Page page = browser.desktopPage();
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("admin-password-for-tests");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Caseload"))).isVisible();
        Browser.waitForVaadin(page);
        assertThat(page.getByText("Clinic admin").first()).isVisible();
        assertThat(page.getByText("Test clinic")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        page.context().close();
    }

    @Test
    void a_wrong_password_shows_a_clear_message() {
        Page page = browser.desktopPage();
        new LoginPage(page, port).submit("admin", "wrong-password-123");
        assertThat(page.getByText("The username or password is not right")).isVisible();
        page.context().close();
    }
}
