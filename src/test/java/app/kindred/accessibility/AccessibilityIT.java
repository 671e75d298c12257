package app.kindred.accessibility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.couple.PartnerLabel;
import app.kindred.demo.DemoDataSeeder;
import app.kindred.invitation.InvitationFixtures;
import app.kindred.invitation.InvitationService;
import app.kindred.invitation.InvitationToken;
import app.kindred.support.AppTest;
import app.kindred.support.Axe;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import app.kindred.support.SignedIn;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * axe-core (WCAG 2.1 A/AA) on the screens people use most: sign-in, caseload, a couple's workspace
 * with its chart, and every screen a client sees on a phone from the welcome to the thank-you.
 * Serious and critical violations fail; no rule and no element is left out.
 */
@AppTest
class AccessibilityIT extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InvitationService invitations;

    @Test
    void the_sign_in_page_has_no_serious_violations() {
        Page page = browser.desktopPage();
        page.navigate(url("/login"));
        assertThat(page.getByLabel("Username")).isVisible();
        // English whatever the server's default locale is (run with -Duser.language=de to see it hold).
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        AxeResults results = Axe.assertNoSeriousViolations(page, "sign-in page");
        // Vaadin components draw inside open shadow roots: the analysis must have reached them.
        assertThat(Axe.checkedInsideShadowRoots(results)).as("axe checked inside shadow roots").isTrue();

        page.navigate(url("/login?error"));
        assertThat(page.getByText("Sign-in failed")).isVisible();
        Axe.assertNoSeriousViolations(page, "sign-in page with its error");
        page.context().close();
    }

    @Test
    void the_caseload_and_a_couple_workspace_with_its_chart_have_no_serious_violations() {
        context.getBean(DemoDataSeeder.class).seedOnce();
        Page page = browser.desktopPage();
        loginPage(page).signInToCaseload("maya.rivera", LoginPage.DEMO_PASSWORD);
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid.getByText("Zoë Martin & Sam Carter")).isVisible();
        Axe.assertNoSeriousViolations(page, "caseload (dashboard)");

        grid.getByText("Łukasz Nowak & Ana Ruiz").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("C-0002"))).isVisible();
        assertThat(page.locator("kindred-score-chart svg")).isVisible();
        Axe.assertNoSeriousViolations(page, "couple workspace C-0002");
        page.context().close();
    }

    @Test
    void the_admin_and_account_screens_have_no_serious_violations() {
        context.getBean(DemoDataSeeder.class).seedOnce();
        Page page = browser.desktopPage();
        loginPage(page).signInToCaseload("demo.admin", LoginPage.DEMO_PASSWORD);
        for (String[] screen : new String[][] {{"/admin/clinicians", "Clinicians"}, {"/admin/audit", "Audit log"},
                {"/reports/clinic", "Clinic report"}, {"/account", "Your account"}}) {
            page.navigate(url(screen[0]));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(screen[1]).setExact(true)))
                    .isVisible();
            Axe.assertNoSeriousViolations(page, screen[1] + " (" + screen[0] + ")");
        }
        page.navigate(url("/couples/C-0002"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Privacy")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Privacy of C-0002"))).isVisible();
        Axe.assertNoSeriousViolations(page, "privacy page of C-0002");
        page.context().close();
    }

    @Test
    void every_questionnaire_screen_on_a_phone_has_no_serious_violations() {
        Page page = browser.phonePage();
        page.navigate(newInvitationLink());
        assertThat(heading(page, "Welcome")).isVisible();
        Axe.assertNoSeriousViolations(page, "questionnaire welcome");

        button(page, "Start").click();
        int pageNumber = 1;
        while (!heading(page, "One last question").isVisible()) {
            assertThat(page.getByText("Page " + pageNumber + " of ")).isVisible();
            if (pageNumber == 1) {
                Axe.assertNoSeriousViolations(page, "questionnaire page 1, nothing answered yet");
            }
            answerEveryQuestion(page);
            Axe.assertNoSeriousViolations(page, "questionnaire page " + pageNumber);
            button(page, "Next").click();
            Browser.waitForVaadin(page);
            pageNumber++;
        }
        answerEveryQuestion(page);
        Axe.assertNoSeriousViolations(page, "questionnaire closeness page");

        button(page, "Next").click();
        assertThat(heading(page, "Check your answers")).isVisible();
        Axe.assertNoSeriousViolations(page, "questionnaire review");

        button(page, "Send my answers").click();
        assertThat(heading(page, "Thank you")).isVisible();
        Axe.assertNoSeriousViolations(page, "questionnaire thank-you page");

        page.reload();
        assertThat(heading(page, "Your answers have already been sent")).isVisible();
        Axe.assertNoSeriousViolations(page, "questionnaire link already used");

        page.navigate(url("/q/" + InvitationToken.newToken()));
        assertThat(heading(page, "This link does not work")).isVisible();
        Axe.assertNoSeriousViolations(page, "questionnaire link unknown");
        page.context().close();
    }

    private String newInvitationLink() {
        InvitationFixtures fixtures = new InvitationFixtures(context);
        fixtures.signIn();
        try {
            String link = invitations.invite(fixtures.coupleWithSession(null, null).sessionId(), PartnerLabel.A).link();
            return url(link.substring(link.indexOf("/q/")));
        } finally {
            SignedIn.signOut();
        }
    }

    /** Picks the fifth choice of every question on the page, as a client clicking through would. */
    private static void answerEveryQuestion(Page page) {
        Locator groups = page.getByRole(AriaRole.RADIOGROUP);
        for (int i = 0; i < groups.count(); i++) {
            groups.nth(i).getByRole(AriaRole.RADIO).nth(4).check();
            Browser.waitForVaadin(page);
        }
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
