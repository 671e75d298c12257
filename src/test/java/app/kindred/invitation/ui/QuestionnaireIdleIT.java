package app.kindred.invitation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.couple.PartnerLabel;
import app.kindred.invitation.ClientInvitationService;
import app.kindred.invitation.InvitationFixtures;
import app.kindred.invitation.InvitationService;
import app.kindred.invitation.IssuedInvitation;
import app.kindred.questionnaire.DraftService;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.ResponseService;
import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.BrowserTest;
import app.kindred.support.LoginPage;
import app.kindred.support.SignedIn;
import com.microsoft.playwright.Page;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * Issue 8: a client's questionnaire session ends after 60 idle minutes (a clinician's after 30), and
 * the answers given so far survive the end of the session because they are saved as drafts.
 */
@AppTest
class QuestionnaireIdleIT extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ServletWebServerApplicationContext server;
    @Autowired
    InvitationService invitations;
    @Autowired
    ClientInvitationService clients;
    @Autowired
    ResponseService responses;

    @Test
    void a_clients_session_ends_after_an_idle_hour_and_the_answers_so_far_survive_it() {
        String token = InvitationFixtures.tokenOf(invite().link());
        Instrument instrument = responses.currentInstrument();
        Page page = browser.phonePage();
        QuestionnairePage q = new QuestionnairePage(page);
        page.navigate(url("/q/" + token));
        assertThat(q.heading("Welcome")).isVisible();
        q.press("Start");
        q.choose("1. " + instrument.items().get(0).text(), "Agree");
        q.choose("2. " + instrument.items().get(1).text(), "Disagree");

        Session session = tomcatSession(page);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(QuestionnaireView.IDLE_SECONDS).isEqualTo(3600);

        // What Tomcat's background sweep does once the hour has passed without a request.
        session.expire();

        String first = instrument.items().get(0).code();
        String second = instrument.items().get(1).code();
        assertThat(context.getBean(DraftService.class).answersSoFar(invitationIdOf(token)))
                .containsEntry(first, 6).containsEntry(second, 2);
        page.navigate(url("/q/" + token));
        assertThat(page.getByText("Welcome back — your earlier answers are saved.")).isVisible();
        assertThat(clients.answersSoFar(token)).containsEntry(first, 6).containsEntry(second, 2);
        page.context().close();
    }

    @Test
    void a_clinicians_session_keeps_the_thirty_minute_timeout() {
        Page page = browser.desktopPage();
        loginPage(page).signInToCaseload(SignedIn.ADMIN, LoginPage.ADMIN_PASSWORD);

        assertThat(tomcatSession(page).getMaxInactiveInterval()).isEqualTo(30 * 60);
        page.context().close();
    }

    private IssuedInvitation invite() {
        InvitationFixtures fixtures = new InvitationFixtures(context);
        fixtures.signIn();
        try {
            return invitations.invite(fixtures.coupleWithSession(null, null).sessionId(), PartnerLabel.A);
        } finally {
            SignedIn.signOut();
        }
    }

    private long invitationIdOf(String token) {
        return clients.open(token, "127.0.0.1").invitationId();
    }

    /** The server side of the page's session cookie. */
    private Session tomcatSession(Page page) {
        String id = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;
        Context tomcat = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            Session session = tomcat.getManager().findSession(id);
            assertThat(session).as("session " + id).isNotNull();
            return session;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
