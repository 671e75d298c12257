package app.kindred.invitation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.invitation.InvitationFixtures;
import app.kindred.invitation.InvitationFixtures.Setup;
import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import app.kindred.support.SignedIn;
import app.kindred.support.TestMailServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The clinician invites both partners from the session page, copies a link and revokes one. */
@AppTest
class SessionInvitationsIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_clinician_invites_both_copies_the_link_of_the_partner_without_email_and_revokes_one() {
        String email = InvitationFixtures.uniqueEmail("robin");
        InvitationFixtures fixtures = new InvitationFixtures(context);
        fixtures.signIn();
        Setup setup = fixtures.coupleWithSession(email, null);
        SignedIn.signOut();
        String partnerB = setup.couple().partner(app.kindred.couple.PartnerLabel.B).displayName();
        Page page = signedInPage();

        page.navigate(url("/couples/" + setup.couple().id() + "/sessions/" + setup.sessionId()));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session 1 · Intake")))
                .isVisible();
        button(page, "Invite both").click();
        Browser.waitForVaadin(page);

        assertThat(page.getByText("This partner has no email address — copy the link")).isVisible();
        Locator link = page.getByLabel("Link for " + partnerB);
        assertThat(link).hasValue(Pattern.compile("http://.+/q/[A-Za-z0-9_-]{43}"));
        assertThat(page.getByText("Pending", new Page.GetByTextOptions().setExact(true))).hasCount(2);
        assertThat(TestMailServer.awaitMessagesTo(email, 1)).hasSize(1);

        button(page, "Copy link").first().click();
        assertThat(page.getByText("Link copied.")).isVisible();

        button(page, "Revoke").first().click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke"))
                .click();
        Browser.waitForVaadin(page);
        assertThat(page.getByText("Revoked", new Page.GetByTextOptions().setExact(true))).hasCount(1);
        page.context().close();
    }

    @Test
    void a_session_of_another_couple_is_not_found() {
        InvitationFixtures fixtures = new InvitationFixtures(context);
        fixtures.signIn();
        Setup one = fixtures.coupleWithSession(null, null);
        Setup other = fixtures.coupleWithSession(null, null);
        SignedIn.signOut();
        Page page = signedInPage();

        page.navigate(url("/couples/" + one.couple().id() + "/sessions/" + other.sessionId()));

        assertThat(page.getByText("This page was not found")).isVisible();
        page.context().close();
    }

    private Page signedInPage() {
        Page page = browser.desktopPage();
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        loginPage(page).signInToCaseload("admin", LoginPage.ADMIN_PASSWORD);
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
