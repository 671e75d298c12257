package app.kindred.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.couple.PartnerLabel;
import app.kindred.invitation.InvitationFixtures.Setup;
import app.kindred.support.AppTest;
import app.kindred.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Invitation email through a real SMTP server (GreenMail) in this JVM. */
@AppTest
class InvitationMailTest extends SignedInInvitationTest {

    static final Pattern LINK = Pattern.compile("https?://\\S+/q/[A-Za-z0-9_-]{43}");

    @Test
    void the_invitation_mail_arrives_with_both_parts_and_its_link_opens_the_questionnaire() throws Exception {
        String email = InvitationFixtures.uniqueEmail("robin");
        Setup setup = fixtures.coupleWithSession(email, InvitationFixtures.uniqueEmail("morgan"));

        IssuedInvitation issued = invitations.invite(setup.sessionId(), PartnerLabel.A);

        assertThat(issued.delivery().outcome()).isEqualTo(Delivery.Outcome.SENT);
        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(email, 1);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        String plain = TestMailServer.part(mail, "text/plain");
        String html = TestMailServer.part(mail, "text/html");
        String partnerA = setup.couple().partner(PartnerLabel.A).displayName();
        String partnerB = setup.couple().partner(PartnerLabel.B).displayName();
        assertThat(mail.getSubject()).isEqualTo("Your questionnaire from Test clinic");
        assertThat(plain).contains("Hello " + partnerA, "Clinic admin at Test clinic", issued.link(),
                InvitationMailText.expiry(mailOf(issued)));
        assertThat(html).contains("Hello " + partnerA, "href=\"" + issued.link() + "\"", "Test clinic");
        for (String part : List.of(plain, html)) {
            assertThat(part).doesNotContain(partnerB).doesNotContainIgnoringCase("score");
        }

        Matcher link = LINK.matcher(plain);
        assertThat(link.find()).isTrue();
        ClientLink opened = clients.open(InvitationFixtures.tokenOf(link.group()), "192.0.2.20");
        assertThat(opened.state()).isEqualTo(LinkState.OPEN);
        assertThat(opened.clinicName()).isEqualTo("Test clinic");
        InvitationSummary sent = invitations.invitationsOfSession(setup.sessionId()).get(0);
        assertThat(sent.channel()).isEqualTo(InvitationChannel.EMAIL);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.deliveryError()).isNull();
    }

    @Test
    void inviting_both_emails_each_partner_their_own_link_and_a_partner_without_address_gets_none() {
        String email = InvitationFixtures.uniqueEmail("robin");
        Setup setup = fixtures.coupleWithSession(email, null);

        List<IssuedInvitation> both = invitations.inviteBoth(setup.sessionId());

        assertThat(both).extracting(i -> i.delivery().outcome())
                .containsExactly(Delivery.Outcome.SENT, Delivery.Outcome.LINK_ONLY);
        assertThat(both.get(1).delivery().needsManualSending()).isTrue();
        assertThat(TestMailServer.part(TestMailServer.awaitMessagesTo(email, 1).get(0), "text/plain"))
                .contains(both.get(0).link()).doesNotContain(both.get(1).link());
    }

    @Test
    void when_the_mail_server_is_down_the_invitation_exists_the_failure_is_recorded_and_the_caller_is_told() {
        String email = InvitationFixtures.uniqueEmail("robin");
        Setup setup = fixtures.coupleWithSession(email, null);
        IssuedInvitation issued;
        TestMailServer.server().stop();
        try {
            issued = invitations.invite(setup.sessionId(), PartnerLabel.A);
        } finally {
            TestMailServer.server().start();
        }

        assertThat(issued.delivery().outcome()).isEqualTo(Delivery.Outcome.FAILED);
        assertThat(issued.delivery().message())
                .isEqualTo("The email could not be sent — copy the link and send it yourself.");
        assertThat(clients.open(InvitationFixtures.tokenOf(issued.link()), "192.0.2.20").state())
                .isEqualTo(LinkState.OPEN);
        InvitationSummary failed = invitations.invitationsOfSession(setup.sessionId()).get(0);
        assertThat(failed.deliveryError()).startsWith("The mail server did not accept the email");
        assertThat(failed.sentAt()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'INVITATION_EMAIL_FAILED'"
                + " and subject_id = ?", Integer.class, setup.couple().id())).isEqualTo(1);
    }

    @Test
    void without_a_mail_host_nothing_is_attempted_and_the_reason_says_so() {
        InvitationMailer unconfigured = new InvitationMailer(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "", "kindred@localhost");

        assertThat(unconfigured.isConfigured()).isFalse();
        assertThatThrownBy(() -> unconfigured.send(mailOf(null)))
                .isInstanceOf(InvitationMailer.MailNotSentException.class)
                .hasMessageContaining("No mail server is configured");
    }

    private static InvitationMail mailOf(IssuedInvitation issued) {
        Instant expires = issued == null ? Instant.now() : issued.expiresAt();
        return new InvitationMail(1, 1, "x@example.test", "X", "Test clinic", "Clinic admin",
                issued == null ? "http://localhost/q/x" : issued.link(), expires, ZoneId.systemDefault(), false);
    }
}
