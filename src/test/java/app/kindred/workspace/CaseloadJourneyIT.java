package app.kindred.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.demo.DemoDataSeeder;
import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A clinician's day: the caseload of the demo clinic, one couple, its chart. */
@AppTest
class CaseloadJourneyIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void a_clinician_opens_a_demo_couple_from_the_caseload_and_sees_the_chart() {
        seedDemo();
        Page page = browser.desktopPage();
        loginPage(page).signInToCaseload("maya.rivera", LoginPage.DEMO_PASSWORD);

        Locator grid = page.locator("vaadin-grid");
        assertThat(grid.getByText("Zoë Martin & Sam Carter")).isVisible();
        assertThat(grid.getByText("Ngọc Anh Tran & Minh Le")).hasCount(0);

        grid.getByText("Zoë Martin & Sam Carter").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("C-0001"))).isVisible();
        Locator chart = page.locator("kindred-score-chart");
        assertThat(chart.locator("svg")).isVisible();
        // Eight sessions, both partners answered each: sixteen points on the two index lines.
        assertThat(chart).hasAttribute("data-points", "16");
        assertThat(chart.locator("svg path").count()).isGreaterThan(16);
        assertThat(page.getByText("Session 8 ·").first()).isVisible();
        // The halves come on from the keyboard too: PARTNER and SELF add two lines per partner.
        page.getByLabel("Show the halves (PARTNER and SELF)").focus();
        page.keyboard().press("Space");
        assertThat(chart).hasAttribute("data-points", "48");

        // The observation is written and signed in the workspace itself.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write observation")).click();
        page.getByLabel("Observation", new Page.GetByLabelOptions().setExact(true))
                .fill("Both partners described feeling heard this week.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        Locator card = page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions()
                .setHasText("Both partners described feeling heard this week.")).first();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign")).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign")).click();
        assertThat(card.getByText("Signed by Dr Maya Rivera on")).isVisible();
        page.context().close();
    }

    private void seedDemo() {
        context.getBean(DemoDataSeeder.class).seedOnce();
    }
}
