package app.kindred.observation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.NewCoupleData;
import app.kindred.couple.NewCoupleData.PartnerData;
import app.kindred.observation.ObservationData;
import app.kindred.observation.ObservationService;
import app.kindred.observation.ObservationSummary;
import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import app.kindred.support.SignedIn;
import app.kindred.therapysession.SessionKind;
import app.kindred.therapysession.TherapySessionService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A clinician writes, signs and edits observations in the browser. */
@AppTest
class ObservationsIT extends BrowserTest {

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CoupleService couples;

    @Autowired
    TherapySessionService sessions;

    @Autowired
    ObservationService observations;

    CoupleSummary couple;
    Page page;


    /** A couple of the admin's with one session, made through the services as the admin. */
    @BeforeEach
    void coupleWithASession() {
        SignedIn.as(accounts, "admin");
        couple = couples.create(new NewCoupleData(null, LocalDate.of(2025, 3, 1),
                new PartnerData("Ana", null, null), new PartnerData("Ben", null, null), null));
        sessions.addSession(couple.id(), 1, LocalDate.of(2025, 3, 3), SessionKind.INTAKE);
        page = browser.desktopPage();
        signInAsAdmin();
    }

    @AfterEach
    void close() {
        SignedIn.signOut();
        page.context().close();
    }

    @Test
    void a_clinician_writes_an_observation_signs_it_and_adds_an_addendum() {
        openObservations(couple.id());
        assertThat(page.getByText("No observations yet")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write observation")).click();
        page.getByLabel("Observation", new Page.GetByLabelOptions().setExact(true))
                .fill("They named what they need from each other.");
        page.getByLabel("Session", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Session 1 (Intake, 3 Mar 2025)")).click();
        page.getByLabel("Conditions", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Trust")).click();
        page.keyboard().press("Escape");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        Browser.waitForVaadin(page);

        Locator card = page.getByRole(AriaRole.ARTICLE).first();
        assertThat(card).containsText("They named what they need from each other.");
        assertThat(card).containsText("Session 1 (Intake, 3 Mar 2025)");
        assertThat(card).containsText("Trust");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign")).click();
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("Signing locks it");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign")).click();
        Browser.waitForVaadin(page);

        assertThat(card.getByText("Signed by Clinic admin on")).isVisible();
        assertThat(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit"))).hasCount(0);
        assertThat(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add addendum"))).isVisible();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add addendum")).click();
        page.getByLabel("Addendum", new Page.GetByLabelOptions().setExact(true)).fill("A correction.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save addendum")).click();
        Browser.waitForVaadin(page);
        assertThat(card.getByRole(AriaRole.ARTICLE)).containsText("Addendum by Clinic admin");
        assertThat(card.getByRole(AriaRole.ARTICLE)).containsText("A correction.");
    }

    @Test
    void an_edit_refused_for_a_conflict_keeps_the_editors_text_beside_the_saved_one() {
        ObservationSummary written = observations.write(couple.id(), ObservationData.of("First words"));
        openObservations(couple.id());
        page.getByRole(AriaRole.ARTICLE).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit"))
                .click();
        Locator editor = page.getByLabel("Observation", new Page.GetByLabelOptions().setExact(true));
        assertThat(editor).hasValue("First words");

        observations.edit(written.id(), written.version(), ObservationData.of("Someone else's words"));
        editor.fill("My careful rewording");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        Browser.waitForVaadin(page);

        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                .setHasText("Someone else changed this observation while you were editing."))).isVisible();
        assertThat(editor).hasValue("My careful rewording");
        assertThat(page.getByLabel("Saved text, changed by someone else")).hasValue("Someone else's words");
    }

    @Test
    void an_unknown_couple_shows_the_not_found_page() {
        openObservations(999_999_999L);
        assertThat(page.getByText("This page was not found")).isVisible();
    }

    private void openObservations(long coupleId) {
        page.navigate(url("/couples/" + coupleId + "/observations"));
        Browser.waitForVaadin(page);
    }

    private void signInAsAdmin() {
        loginPage(page).signInToCaseload("admin", LoginPage.ADMIN_PASSWORD);
    }
}
