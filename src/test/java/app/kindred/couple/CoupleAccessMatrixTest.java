package app.kindred.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicianRole;
import app.kindred.clinic.ClinicianService;
import app.kindred.couple.NewCoupleData.PartnerData;
import app.kindred.dashboard.CaseloadFilter;
import app.kindred.dashboard.CaseloadService;
import app.kindred.dashboard.CaseloadSort;
import app.kindred.invitation.InvitationService;
import app.kindred.questionnaire.ScoringService;
import app.kindred.support.AppTest;
import app.kindred.support.TestUsers;
import app.kindred.therapysession.SessionKind;
import app.kindred.therapysession.TherapySessionService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may read or change a couple: every service method that touches a couple, for the owner,
 * another clinician of the clinic, the clinic's admin and another clinic's admin. Refusals look
 * exactly like a missing couple and are written to the audit log.
 */
@AppTest
class CoupleAccessMatrixTest {

    enum Caller { OWNER, OTHER_CLINICIAN, ADMIN, OTHER_CLINIC_ADMIN }

    @Autowired TestUsers users;
    @Autowired ClinicService clinics;
    @Autowired ClinicianService clinicians;
    @Autowired CoupleService couples;
    @Autowired TherapySessionService sessions;
    @Autowired InvitationService invitations;
    @Autowired ScoringService scoring;
    @Autowired CaseloadService caseload;
    @Autowired JdbcTemplate jdbc;

    Map<Caller, String> usernames;
    long coupleId;
    long sessionId;
    String reference;

    @BeforeEach
    void clinicWithOneCouple() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long clinic = clinics.createClinic("Matrix clinic " + tag, ZoneId.of("UTC"));
        long otherClinic = clinics.createClinic("Other clinic " + tag, ZoneId.of("UTC"));
        usernames = Map.of(
                Caller.OWNER, "owner-" + tag,
                Caller.OTHER_CLINICIAN, "colleague-" + tag,
                Caller.ADMIN, "admin-" + tag,
                Caller.OTHER_CLINIC_ADMIN, "stranger-" + tag);
        clinicians.createAccount(clinic, usernames.get(Caller.OWNER), "Owner", "a-long-password-1", ClinicianRole.CLINICIAN, false);
        clinicians.createAccount(clinic, usernames.get(Caller.OTHER_CLINICIAN), "Colleague", "a-long-password-1", ClinicianRole.CLINICIAN, false);
        clinicians.createAccount(clinic, usernames.get(Caller.ADMIN), "Admin", "a-long-password-1", ClinicianRole.CLINIC_ADMIN, false);
        clinicians.createAccount(otherClinic, usernames.get(Caller.OTHER_CLINIC_ADMIN), "Stranger", "a-long-password-1", ClinicianRole.CLINIC_ADMIN, false);
        CoupleSummary couple = users.as(usernames.get(Caller.OWNER), () -> couples.create(new NewCoupleData(null,
                LocalDate.of(2026, 1, 5), new PartnerData("Alex", "alex@example.org", null),
                new PartnerData("Sam", null, null), null)));
        coupleId = couple.id();
        reference = couple.reference();
        sessionId = users.as(usernames.get(Caller.OWNER),
                () -> sessions.addSession(coupleId, 1, LocalDate.of(2026, 1, 5), SessionKind.INTAKE).id());
    }

    static Stream<Arguments> matrix() {
        Map<String, ActionOn> actions = Map.of(
                "read the couple", (t, id) -> t.couples.get(id),
                "read by reference", (t, id) -> t.couples.getByReference(t.reference),
                "edit the couple", (t, id) -> t.couples.changeStatus(id, CoupleStatus.PAUSED),
                "list sessions", (t, id) -> t.sessions.sessionsOf(id),
                "add a session", (t, id) -> t.sessions.addSession(id, 2, LocalDate.of(2026, 1, 19), SessionKind.REGULAR),
                "open a session", (t, id) -> t.sessions.requireAccessible(t.sessionId),
                "invite a partner", (t, id) -> t.invitations.invite(t.sessionId, PartnerLabel.A),
                "list invitations", (t, id) -> t.invitations.invitationsOfCouple(id),
                "read scores", (t, id) -> t.scoring.scoresOfCouple(id, false));
        return actions.entrySet().stream().flatMap(action -> Stream.of(Caller.values()).map(caller ->
                Arguments.of(action.getKey(), caller, caller == Caller.OWNER || caller == Caller.ADMIN, action.getValue())));
    }

    @ParameterizedTest(name = "{1} may {0}: {2}")
    @MethodSource("matrix")
    void only_the_owner_and_the_clinic_admin_reach_a_couple(String action, Caller caller, boolean allowed, ActionOn call) {
        String username = usernames.get(caller);
        int refusalsBefore = refusals(username);
        if (allowed) {
            users.run(username, () -> call.on(this, coupleId));
            assertThat(refusals(username)).isEqualTo(refusalsBefore);
        } else {
            assertThatThrownBy(() -> users.run(username, () -> call.on(this, coupleId)))
                    .isInstanceOf(CoupleNotFoundException.class)
                    .hasMessage(new CoupleNotFoundException().getMessage());
            assertThat(refusals(username)).isEqualTo(refusalsBefore + 1);
        }
    }

    @ParameterizedTest(name = "{0} sees the couple in the caseload: {1}")
    @MethodSource("caseloadScopes")
    void the_caseload_lists_only_what_the_caller_may_open(Caller caller, boolean listed) {
        var rows = users.as(usernames.get(caller), () ->
                caseload.page(CaseloadFilter.none(), CaseloadSort.REFERENCE, true, 0, 1000));
        if (listed) {
            assertThat(rows).extracting(r -> r.coupleId()).contains(coupleId);
        } else {
            assertThat(rows).extracting(r -> r.coupleId()).doesNotContain(coupleId);
        }
    }

    static Stream<Arguments> caseloadScopes() {
        return Stream.of(Arguments.of(Caller.OWNER, true), Arguments.of(Caller.OTHER_CLINICIAN, false),
                Arguments.of(Caller.ADMIN, true), Arguments.of(Caller.OTHER_CLINIC_ADMIN, false));
    }

    /** A couple that does not exist at all gives the very same answer as someone else's. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void a_missing_couple_looks_the_same(Caller caller) {
        assertThatThrownBy(() -> users.run(usernames.get(caller), () -> couples.get(Long.MAX_VALUE - 7)))
                .isInstanceOf(CoupleNotFoundException.class)
                .hasMessage(new CoupleNotFoundException().getMessage());
    }

    static Stream<Caller> callers() {
        return Stream.of(Caller.values());
    }

    private int refusals(String username) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'COUPLE_ACCESS_REFUSED' and actor = ?",
                Integer.class, username);
    }

    @FunctionalInterface
    interface ActionOn {
        void on(CoupleAccessMatrixTest test, long coupleId);
    }

}
