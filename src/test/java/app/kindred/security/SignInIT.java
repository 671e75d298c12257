package app.kindred.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

@AppTest
class SignInIT extends BrowserTest {

    @Test
    void the_admin_signs_in_and_sees_the_dashboard_in_the_shell() {
        Page page = browser.desktopPage();
        page.navigate(url("/"));
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
        loginPage(page).submit("admin", "wrong-password-123");
        assertThat(page.getByText("The username or password is not right")).isVisible();
        page.context().close();
    }
}
