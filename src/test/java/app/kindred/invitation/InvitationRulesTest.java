package app.kindred.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicService;
import app.kindred.couple.CoupleService;
import app.kindred.couple.PartnerLabel;
import app.kindred.invitation.InvitationFixtures.Setup;
import app.kindred.questionnaire.DraftService;
import app.kindred.questionnaire.ResponseService;
import app.kindred.support.AppTest;
import app.kindred.therapysession.TherapySessionService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

/** The token rules of issue 4, against the real MariaDB schema. */
@AppTest
class InvitationRulesTest extends SignedInInvitationTest {

    static final String ADDRESS = "192.0.2.10";

    @Autowired
    InvitationRepository repository;

    @Test
    void the_raw_token_is_in_no_column_of_the_database_only_its_sha256_hash() {
        Setup setup = fixtures.coupleWithSession(null, null);
        IssuedInvitation issued = invitations.invite(setup.sessionId(), PartnerLabel.A);
        String token = InvitationFixtures.tokenOf(issued.link());
        clients.open(token, ADDRESS);
        clients.saveAnswer(token, fixtures.itemCodes().get(0), 4);

        assertThat(token).hasSize(43);
        assertThat(textColumnsContaining(token)).isEmpty();
        assertThat(textColumnsContaining(token.substring(0, 20))).isEmpty();
        assertThat(jdbc.queryForObject("select token_hash from invitation where id = ?", String.class,
                issued.invitation().id())).isEqualTo(InvitationToken.hash(token)).hasSize(64);
    }

    @Test
    void a_link_expires_after_the_configured_seven_days() {
        Setup setup = fixtures.coupleWithSession(null, null);
        IssuedInvitation issued = invitations.invite(setup.sessionId(), PartnerLabel.A);
        String token = InvitationFixtures.tokenOf(issued.link());
        assertThat(Duration.between(issued.invitation().createdAt(), issued.expiresAt())).isEqualTo(Duration.ofDays(7));

        assertThat(clientsAt(Clock.offset(Clock.systemUTC(), Duration.ofDays(6))).open(token, ADDRESS).state())
                .isEqualTo(LinkState.OPEN);
        assertThat(clientsAt(Clock.offset(Clock.systemUTC(), Duration.ofDays(7).plusSeconds(1))).open(token, ADDRESS)
                .state()).isEqualTo(LinkState.EXPIRED);

        InvitationSummary expired = invitations.invitationsOfSession(setup.sessionId()).get(0);
        assertThat(expired.status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(expired.expiredAt()).isNotNull();
        assertThat(clients.open(token, ADDRESS).state()).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> clients.saveAnswer(token, fixtures.itemCodes().get(0), 3))
                .isInstanceOf(LinkClosedException.class);
    }

    @Test
    void a_link_works_until_its_answers_are_submitted_and_never_again() {
        Setup setup = fixtures.coupleWithSession(null, null);
        String token = InvitationFixtures.tokenOf(invitations.invite(setup.sessionId(), PartnerLabel.B).link());
        fixtures.answerAll(token);

        assertThat(clients.submit(token)).isEqualTo(SubmitOutcome.SUBMITTED);

        assertThat(clients.open(token, ADDRESS).state()).isEqualTo(LinkState.COMPLETED);
        assertThat(clients.open(token, ADDRESS).clinicName()).isNull();
        assertThatThrownBy(() -> clients.saveAnswer(token, fixtures.itemCodes().get(0), 3))
                .isInstanceOf(LinkClosedException.class);
        assertThat(clients.submit(token)).isEqualTo(SubmitOutcome.ALREADY_SUBMITTED);
        assertThat(responseCount(setup)).isEqualTo(1);
        assertThatThrownBy(() -> invitations.invite(setup.sessionId(), PartnerLabel.B))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already answered");
    }

    @Test
    void a_revoked_link_stops_working_and_the_revocation_is_audited() {
        Setup setup = fixtures.coupleWithSession(null, null);
        IssuedInvitation issued = invitations.invite(setup.sessionId(), PartnerLabel.A);
        String token = InvitationFixtures.tokenOf(issued.link());

        InvitationSummary revoked = invitations.revoke(issued.invitation().id());

        assertThat(revoked.status()).isEqualTo(InvitationStatus.REVOKED);
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(clients.open(token, ADDRESS).state()).isEqualTo(LinkState.REVOKED);
        assertThat(clients.submit(token)).isEqualTo(SubmitOutcome.LINK_CLOSED);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'INVITATION_REVOKED'"
                + " and subject_id = ? and details = ?", Integer.class, setup.couple().id(),
                "invitation " + issued.invitation().id())).isEqualTo(1);
    }

    @Test
    void re_sending_revokes_the_old_link_and_the_new_one_keeps_the_answers_given() {
        Setup setup = fixtures.coupleWithSession(null, null);
        IssuedInvitation first = invitations.invite(setup.sessionId(), PartnerLabel.A);
        String oldToken = InvitationFixtures.tokenOf(first.link());
        clients.open(oldToken, ADDRESS);
        clients.saveAnswer(oldToken, fixtures.itemCodes().get(0), 5);

        IssuedInvitation second = invitations.resend(first.invitation().id());
        String newToken = InvitationFixtures.tokenOf(second.link());

        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(clients.open(oldToken, ADDRESS).state()).isEqualTo(LinkState.REVOKED);
        assertThat(clients.open(newToken, ADDRESS).state()).isEqualTo(LinkState.OPEN);
        assertThat(clients.answersSoFar(newToken)).containsExactlyEntriesOf(Map.of(fixtures.itemCodes().get(0), 5));
        assertThat(invitations.invitationsOfSession(setup.sessionId())).extracting(InvitationSummary::status)
                .containsExactly(InvitationStatus.REVOKED, InvitationStatus.OPENED);
    }

    @Test
    void statuses_move_from_pending_to_opened_to_completed_with_the_time_of_each_step() {
        Setup setup = fixtures.coupleWithSession(null, null);
        IssuedInvitation issued = invitations.invite(setup.sessionId(), PartnerLabel.A);
        String token = InvitationFixtures.tokenOf(issued.link());
        assertThat(issued.invitation().status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(issued.invitation().channel()).isEqualTo(InvitationChannel.LINK);

        clients.open(token, ADDRESS);
        InvitationSummary opened = invitations.invitationsOfSession(setup.sessionId()).get(0);
        assertThat(opened.status()).isEqualTo(InvitationStatus.OPENED);
        assertThat(opened.openedAt()).isNotNull();

        fixtures.answerAll(token);
        clients.submit(token);
        InvitationSummary completed = invitations.invitationsOfSession(setup.sessionId()).get(0);
        assertThat(completed.status()).isEqualTo(InvitationStatus.COMPLETED);
        assertThat(completed.completedAt()).isAfterOrEqualTo(completed.openedAt());
        assertThat(jdbc.queryForObject("select instrument_version from response where invitation_id = ?",
                Integer.class, issued.invitation().id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from draft_answer where invitation_id = ?", Integer.class,
                issued.invitation().id())).isZero();
    }

    @Test
    void inviting_both_partners_gives_each_a_link_of_their_own() {
        Setup setup = fixtures.coupleWithSession(null, null);

        List<IssuedInvitation> both = invitations.inviteBoth(setup.sessionId());

        assertThat(both).extracting(i -> i.invitation().partner()).containsExactly(PartnerLabel.A, PartnerLabel.B);
        assertThat(both.get(0).link()).isNotEqualTo(both.get(1).link());
        assertThat(both).allSatisfy(i -> assertThat(i.delivery().outcome()).isEqualTo(Delivery.Outcome.LINK_ONLY));
    }

    @Test
    void the_database_refuses_a_second_live_invitation_for_the_same_partner_and_session() {
        Setup setup = fixtures.coupleWithSession(null, null);
        IssuedInvitation issued = invitations.invite(setup.sessionId(), PartnerLabel.A);
        Invitation twin = new Invitation(setup.sessionId(), issued.invitation().partnerId(),
                InvitationToken.hash(InvitationToken.newToken()), InvitationChannel.LINK,
                issued.invitation().createdAt(), issued.expiresAt());

        assertThatThrownBy(() -> repository.saveAndFlush(twin)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void only_well_formed_tokens_reach_the_database() {
        assertThat(InvitationToken.looksValid(InvitationToken.newToken())).isTrue();
        assertThat(InvitationToken.looksValid("short")).isFalse();
        assertThat(InvitationToken.looksValid("x".repeat(42) + "=")).isFalse();
        assertThat(clients.open("' or 1=1 --", ADDRESS + "1").state()).isEqualTo(LinkState.UNKNOWN);
    }

    private int responseCount(Setup setup) {
        return jdbc.queryForObject("select count(*) from response where session_id = ?", Integer.class,
                setup.sessionId());
    }

    private ClientInvitationService clientsAt(Clock clock) {
        return new ClientInvitationService(repository, context.getBean(DraftService.class),
                context.getBean(ResponseService.class), context.getBean(TherapySessionService.class),
                context.getBean(CoupleService.class), context.getBean(ClinicService.class),
                context.getBean(AuditService.class), new BadTokenLimiter(), clock,
                context.getBean(PlatformTransactionManager.class));
    }

    /** "table.column" of every text column of the schema in which this text occurs. */
    private List<String> textColumnsContaining(String text) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = database()
                  and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json')""");
        assertThat(columns).hasSizeGreaterThan(20);
        return columns.stream()
                .map(c -> "`" + c.get("TABLE_NAME") + "`.`" + c.get("COLUMN_NAME") + "`")
                .filter(column -> {
                    String[] parts = column.split("\\.");
                    return jdbc.queryForObject("select count(*) from " + parts[0] + " where " + parts[1]
                            + " like concat('%', ?, '%')", Integer.class, text) > 0;
                })
                .toList();
    }
}
