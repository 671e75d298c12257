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
import app.kindred.support.BrowserTest;
import app.kindred.support.SignedIn;
import app.kindred.support.TestMailServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A partner answers on a phone-sized screen (390 × 844), from the link in their invitation mail. */
@AppTest
class QuestionnaireIT extends BrowserTest {

    /** The agreement scale's first three words, in the order the down arrow reaches them. */
    private static final List<String> AGREEMENT = List.of("Strongly disagree", "Disagree", "Somewhat disagree");

    @Autowired
    ApplicationContext context;
    @Autowired
    InvitationService invitations;
    @Autowired
    ResponseService responses;
    @Autowired
    JdbcTemplate jdbc;

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

        page.navigate(url("/q/" + InvitationToken.newToken()));

        QuestionnairePage q = new QuestionnairePage(page);
        assertThat(q.heading("This link does not work")).isVisible();
        assertThat(page.getByText("ask your therapist for a new link")).isVisible();
        assertThat(page.content()).doesNotContain("Test clinic").doesNotContain("Robin");
        page.context().close();
    }

    /**
     * The whole questionnaire with Tab, the arrow keys, Space and Enter only: no click, no fill, no
     * programmatic focus. Each screen after the first puts the focus on its heading; Tab enters each
     * question in turn, Space picks its first choice and the arrows move the choice (which saves it).
     */
    @Test
    void keyboard_alone_answers_every_question_and_sends_the_answers() {
        String email = InvitationFixtures.uniqueEmail("robin");
        IssuedInvitation issued = invite(email);
        Instrument instrument = responses.currentInstrument();
        Page page = browser.phonePage();
        QuestionnairePage q = new QuestionnairePage(page);
        page.navigate(linkFromMail(email));
        assertThat(q.heading("Welcome")).isVisible();

        page.keyboard().press("Tab");
        assertThat(q.button("Start")).isFocused();
        page.keyboard().press("Enter");
        Browser.waitForVaadin(page);

        int items = instrument.items().size();
        for (int i = 0; i < items; i++) {
            if (i % QuestionnairePages.ITEMS_PER_PAGE == 0) {
                int last = Math.min(items, i + QuestionnairePages.ITEMS_PER_PAGE);
                assertThat(q.heading("Questions " + (i + 1) + "–" + last)).isFocused();
            }
            String question = question(instrument, i);
            String label = AGREEMENT.get(i % AGREEMENT.size());
            answerByKeyboard(page, q, question, i % AGREEMENT.size(), label);
            boolean lastOnPage = (i + 1) % QuestionnairePages.ITEMS_PER_PAGE == 0 || i == items - 1;
            if (lastOnPage) {
                nextByKeyboard(page, q);
            }
        }
        assertThat(q.heading("One last question")).isFocused();
        answerByKeyboard(page, q, instrument.closeness().text(), 7, "7");
        nextByKeyboard(page, q);

        assertThat(q.heading("Check your answers")).isFocused();
        assertThat(page.getByText("Not answered yet")).hasCount(0);
        assertThat(q.reviewed(question(instrument, 0))).containsText("Strongly disagree");
        assertThat(q.reviewed(question(instrument, 1))).containsText("Disagree");
        assertThat(q.reviewed(question(instrument, 2))).containsText("Somewhat disagree");
        assertThat(q.reviewed(items + 1 + ". " + instrument.closeness().text())).containsText("7");
        // Past each answer's Change button to Send.
        for (int tabs = 0; tabs <= items + 1 && !isFocused(q.button("Send my answers")); tabs++) {
            page.keyboard().press("Tab");
        }
        assertThat(q.button("Send my answers")).isFocused();
        page.keyboard().press("Enter");
        Browser.waitForVaadin(page);

        assertThat(q.heading("Thank you")).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from response where invitation_id = ?", Integer.class,
                issued.invitation().id())).isEqualTo(1);
        page.context().close();
    }

    private static boolean isFocused(Locator element) {
        return Boolean.TRUE.equals(element.evaluate("e => e === document.activeElement"));
    }

    /** Tab into the question, Space on its first choice, then {@code downs} times the down arrow. */
    private static void answerByKeyboard(Page page, QuestionnairePage q, String question, int downs, String label) {
        page.keyboard().press("Tab");
        assertThat(q.question(question).locator("input:focus")).hasCount(1);
        page.keyboard().press("Space");
        Browser.waitForVaadin(page);
        for (int i = 0; i < downs; i++) {
            page.keyboard().press("ArrowDown");
            Browser.waitForVaadin(page);
        }
        assertThat(q.choice(question, label)).isChecked();
    }

    /** From the page's last question: Tab past Back to Next, and Enter. */
    private static void nextByKeyboard(Page page, QuestionnairePage q) {
        page.keyboard().press("Tab");
        assertThat(q.button("Back")).isFocused();
        page.keyboard().press("Tab");
        assertThat(q.button("Next")).isFocused();
        page.keyboard().press("Enter");
        Browser.waitForVaadin(page);
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
