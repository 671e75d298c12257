package app.kindred.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.audit.AuditService;
import app.kindred.couple.CoupleService;
import app.kindred.couple.PartnerLabel;
import app.kindred.invitation.InvitationFixtures.Setup;
import app.kindred.support.AppTest;
import app.kindred.support.SignedIn;
import app.kindred.support.TestMailServer;
import app.kindred.therapysession.TherapySessionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Reminders and expiry, driven directly at chosen times instead of by the scheduler. */
@AppTest
class InvitationJobsTest extends SignedInInvitationTest {

    @Autowired
    InvitationRepository repository;
    @Autowired
    InvitationJobs scheduledJobs;

    @Test
    void one_reminder_goes_out_after_three_days_with_a_link_that_continues_the_same_answers() throws Exception {
        String email = InvitationFixtures.uniqueEmail("robin");
        Setup setup = fixtures.coupleWithSession(email, null);
        IssuedInvitation issued = invitations.invite(setup.sessionId(), PartnerLabel.A);
        String firstToken = InvitationFixtures.tokenOf(issued.link());
        clients.saveAnswer(firstToken, fixtures.itemCodes().get(0), 3);
        Instant created = issued.invitation().createdAt();
        SignedIn.signOut();

        assertThat(TestMailServer.awaitMessagesTo(email, 1)).hasSize(1);
        jobsAt(created.plus(Duration.ofDays(2))).remindAndExpire();
        assertThat(repository.findById(issued.invitation().id()).orElseThrow().getRemindedAt()).isNull();

        jobsAt(created.plus(Duration.ofDays(3)).plusSeconds(60)).remindAndExpire();
        jobsAt(created.plus(Duration.ofDays(4))).remindAndExpire();

        assertThat(TestMailServer.awaitMessagesTo(email, 2)).hasSize(2);
        var reminder = TestMailServer.messagesTo(email).get(1);
        assertThat(reminder.getSubject()).startsWith("A gentle reminder");
        Matcher link = InvitationMailTest.LINK.matcher(TestMailServer.part(reminder, "text/plain"));
        assertThat(link.find()).isTrue();
        String reminderToken = InvitationFixtures.tokenOf(link.group());
        assertThat(reminderToken).isNotEqualTo(firstToken);
        assertThat(clients.answersSoFar(reminderToken)).containsEntry(fixtures.itemCodes().get(0), 3);
        assertThat(clients.open(firstToken, "192.0.2.40").state()).isEqualTo(LinkState.OPEN);
        assertThat(jdbc.queryForObject("select reminder_token_hash from invitation where id = ?", String.class,
                issued.invitation().id())).isEqualTo(InvitationToken.hash(reminderToken));
    }

    @Test
    void partners_without_email_and_answered_invitations_get_no_reminder() {
        String email = InvitationFixtures.uniqueEmail("robin");
        Setup setup = fixtures.coupleWithSession(email, null);
        String token = InvitationFixtures.tokenOf(invitations.invite(setup.sessionId(), PartnerLabel.A).link());
        IssuedInvitation linkOnly = invitations.invite(setup.sessionId(), PartnerLabel.B);
        fixtures.answerAll(token);
        clients.submit(token);

        jobsAt(linkOnly.invitation().createdAt().plus(Duration.ofDays(3)).plusSeconds(60)).remindAndExpire();

        assertThat(TestMailServer.awaitMessagesTo(email, 1)).hasSize(1);
        assertThat(repository.findById(linkOnly.invitation().id()).orElseThrow().getRemindedAt()).isNull();
    }

    @Test
    void overdue_invitations_are_marked_expired_and_answered_ones_stay_completed() {
        Setup setup = fixtures.coupleWithSession(null, null);
        IssuedInvitation pending = invitations.invite(setup.sessionId(), PartnerLabel.A);
        IssuedInvitation answered = invitations.invite(setup.sessionId(), PartnerLabel.B);
        String answeredToken = InvitationFixtures.tokenOf(answered.link());
        fixtures.answerAll(answeredToken);
        clients.submit(answeredToken);

        InvitationJobs.JobResult result = jobsAt(pending.expiresAt().plusSeconds(1)).remindAndExpire();

        assertThat(result.expired()).isGreaterThanOrEqualTo(1);
        Invitation expired = repository.findById(pending.invitation().id()).orElseThrow();
        assertThat(expired.getStatus()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(expired.getExpiredAt())
                .isEqualTo(pending.expiresAt().plusSeconds(1).truncatedTo(ChronoUnit.MICROS));
        assertThat(repository.findById(answered.invitation().id()).orElseThrow().getStatus())
                .isEqualTo(InvitationStatus.COMPLETED);
    }

    @Test
    void the_scheduled_run_takes_the_cluster_lock_first() {
        SignedIn.signOut();

        scheduledJobs.run();

        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'invitation-reminders-and-expiry'",
                Integer.class)).isEqualTo(1);
    }

    private InvitationJobs jobsAt(Instant now) {
        return new InvitationJobs(repository, context.getBean(InvitationDelivery.class),
                context.getBean(TherapySessionService.class), context.getBean(CoupleService.class),
                context.getBean(AuditService.class), Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(3),
                context.getBean(PlatformTransactionManager.class));
    }
}
