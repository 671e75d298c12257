package app.kindred.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A clinic admin downloads a couple's data and erases the couple from the workspace's privacy page. */
@AppTest
class CoupleErasureIT extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_admin_downloads_the_data_then_erases_only_after_typing_the_reference() throws Exception {
        PrivacyFixtures f = new PrivacyFixtures(context).build();
        String reference = f.couple.reference();
        Page page = browser.desktopPage();
        loginPage(page).signInToCaseload(f.admin, PrivacyFixtures.PASSWORD);
        page.navigate(url("/couples/" + f.couple.id()));
        Browser.waitForVaadin(page);
        button(page, "Privacy").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Privacy of " + reference)))
                .isVisible();
        Browser.waitForVaadin(page);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download all data (JSON)")).click());
        assertThat(download.suggestedFilename()).matches(reference + "_data-export_\\d{4}-\\d{2}-\\d{2}\\.json");
        assertThat(Files.readString(download.path())).contains(f.nameA, f.emailB, f.observationTexts.get(2));

        button(page, "Erase this couple…").click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        assertThat(dialog.getByText(f.nameA + " & " + f.nameB, new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        Locator erase = button(page, "Erase personal data");
        assertThat(erase).isDisabled();
        Locator confirmation = page.getByLabel("Type " + reference + " to confirm");
        confirmation.fill(reference.toLowerCase());
        Browser.waitForVaadin(page);
        assertThat(erase).isDisabled();
        confirmation.fill(reference);
        Browser.waitForVaadin(page);
        assertThat(erase).isEnabled();
        erase.click();

        assertThat(page.getByText("The personal data of " + reference + " was erased")).isVisible();
        assertThat(button(page, "Erase this couple…")).isDisabled();
        assertThat(page.getByText("Erased partner A & Erased partner B")).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from partner where display_name like ? or email is not null"
                + " and couple_id = ?", Integer.class, "%" + f.tag + "%", f.couple.id())).isZero();
        page.context().close();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
