package app.kindred.invitation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.couple.PartnerLabel;
import app.kindred.invitation.InvitationFixtures;
import app.kindred.invitation.InvitationService;
import app.kindred.invitation.InvitationToken;
import app.kindred.invitation.IssuedInvitation;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.ResponseService;
import app.kindred.support.AppTest;
import app.kindred.support.Browser;
import app.kindred.support.SignedIn;
import app.kindred.support.TestMailServer;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A partner answers on a phone-sized screen (390 × 844), from the link in their invitation mail. */
@AppTest
class QuestionnaireIT {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InvitationService invitations;
    @Autowired
    ResponseService responses;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void a_partner_answers_half_reloads_finds_the_answers_finishes_and_the_link_then_stays_closed() {
        String email = InvitationFixtures.uniqueEmail("robin");
        IssuedInvitation issued = invite(email);
        String link = linkFromMail(email);
        Instrument instrument = responses.currentInstrument();
        Page page = browser.phonePage();
        QuestionnairePage q = new QuestionnairePage(page);

        page.navigate(link);
        assertThat(q.heading("Welcome")).isVisible();
        assertThat(page.getByText("Test clinic has asked you")).isVisible();
        q.press("Start");
        assertThat(page.locator("vaadin-radio-button").first().boundingBox().height).isGreaterThanOrEqualTo(44);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % QuestionnairePages.ITEMS_PER_PAGE == 0) {
                q.press("Next");
            }
            q.choose(question(instrument, i), "Agree");
        }

        page.reload();
        assertThat(page.getByText("Welcome back — your earlier answers are saved.")).isVisible();
        assertThat(q.heading("Questions 13–16")).isVisible();
        q.press("Back");
        assertThat(q.choice(question(instrument, 11), "Agree")).isChecked();
        assertThat(q.choice(question(instrument, 8), "Agree")).isChecked();
        q.press("Next");
        for (int i = 12; i < instrument.items().size(); i++) {
            if (i % QuestionnairePages.ITEMS_PER_PAGE == 0 && i > 12) {
                q.press("Next");
            }
            q.choose(question(instrument, i), "Somewhat agree");
        }
        q.press("Next");
        assertThat(q.heading("One last question")).isVisible();
        q.choose(instrument.closeness().text(), "7");
        q.press("Next");

        assertThat(q.heading("Check your answers")).isVisible();
        assertThat(page.getByText("Not answered yet")).hasCount(0);
        q.press("Send my answers");
        assertThat(q.heading("Thank you")).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from response where invitation_id = ?", Integer.class,
                issued.invitation().id())).isEqualTo(1);

        page.navigate(link);
        assertThat(q.heading("Your answers have already been sent")).isVisible();
        page.context().close();
    }

    @Test
    void a_made_up_link_gets_a_friendly_page_that_reveals_nothing() {
        invite(InvitationFixtures.uniqueEmail("robin"));
        Page page = browser.phonePage();

        page.navigate("http://localhost:" + port + "/q/" + InvitationToken.newToken());

        QuestionnairePage q = new QuestionnairePage(page);
        assertThat(q.heading("This link does not work")).isVisible();
        assertThat(page.getByText("ask your therapist for a new link")).isVisible();
        assertThat(page.content()).doesNotContain("Test clinic").doesNotContain("Robin");
        page.context().close();
    }

    @Test
    void keyboard_alone_answers_a_question_and_moves_to_the_next() {
        String email = InvitationFixtures.uniqueEmail("robin");
        invite(email);
        Instrument instrument = responses.currentInstrument();
        Page page = browser.phonePage();
        QuestionnairePage q = new QuestionnairePage(page);
        page.navigate(linkFromMail(email));
        q.heading("Welcome").waitFor();

        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        Browser.waitForVaadin(page);
        assertThat(q.heading("Questions 1–4")).isVisible();
        q.choice(question(instrument, 0), "Strongly disagree").focus();
        page.keyboard().press("ArrowDown");
        Browser.waitForVaadin(page);
        assertThat(q.choice(question(instrument, 0), "Disagree")).isChecked();
        page.keyboard().press("Tab");
        assertThat(q.question(question(instrument, 1)).locator("input:focus")).hasCount(1);
        page.context().close();
    }

    private IssuedInvitation invite(String email) {
        InvitationFixtures fixtures = new InvitationFixtures(context);
        fixtures.signIn();
        try {
            return invitations.invite(fixtures.coupleWithSession(email, null).sessionId(), PartnerLabel.A);
        } finally {
            SignedIn.signOut();
        }
    }

    private String linkFromMail(String email) {
        String plain = TestMailServer.part(TestMailServer.awaitMessagesTo(email, 1).get(0), "text/plain");
        Matcher link = Pattern.compile("http://\\S+/q/[A-Za-z0-9_-]{43}").matcher(plain);
        assertThat(link.find()).isTrue();
        return link.group().replace("http://localhost:8080", "http://localhost:" + port);
    }

    private static String question(Instrument instrument, int index) {
        return (index + 1) + ". " + instrument.items().get(index).text();
    }
}
