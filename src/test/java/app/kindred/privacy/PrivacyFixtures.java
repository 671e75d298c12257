package app.kindred.privacy;

import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicianRole;
import app.kindred.clinic.ClinicianService;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.NewCoupleData;
import app.kindred.couple.NewCoupleData.PartnerData;
import app.kindred.couple.PartnerLabel;
import app.kindred.invitation.ClientInvitationService;
import app.kindred.invitation.InvitationService;
import app.kindred.invitation.IssuedInvitation;
import app.kindred.observation.ObservationData;
import app.kindred.observation.ObservationService;
import app.kindred.observation.ObservationSummary;
import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.Item;
import app.kindred.questionnaire.ResponseService;
import app.kindred.security.CurrentUser;
import app.kindred.support.TestUsers;
import app.kindred.therapysession.SessionKind;
import app.kindred.therapysession.TherapySessionService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import org.springframework.context.ApplicationContext;

/**
 * A clinic of its own with an admin, the couple's clinician and another clinic's admin, and one
 * couple with everything the privacy operations must find: two partners with emails, two sessions,
 * answered, live and re-sent invitations, an observation with two revisions and an addendum, and
 * an audit event that names a partner. Every name, address and text is unique to this couple.
 */
final class PrivacyFixtures {

    static final String PASSWORD = "a-long-password-1";

    final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final String admin = "padmin-" + tag;
    final String clinician = "pclin-" + tag;
    final String otherAdmin = "pother-" + tag;
    final String nameA = "Quillon" + tag + " Ashgrove";
    final String nameB = "Brennika" + tag + " Vallory";
    final String emailA = "quillon." + tag + "@example.test";
    final String emailB = "brennika." + tag + "@example.test";
    final List<String> observationTexts = List.of(
            "First draft " + tag + " about the quarrel over the holidays",
            "Second draft " + tag + " naming the hurt of being unseen",
            "Final text " + tag + " after supervision",
            "Addendum " + tag + " correcting the date");

    CoupleSummary couple;
    long session1;
    long session2;
    long observationId;

    private final TestUsers users;
    private final ApplicationContext context;

    PrivacyFixtures(ApplicationContext context) {
        this.context = context;
        this.users = context.getBean(TestUsers.class);
    }

    PrivacyFixtures build() {
        ClinicService clinics = context.getBean(ClinicService.class);
        ClinicianService clinicians = context.getBean(ClinicianService.class);
        long clinic = clinics.createClinic("Privacy clinic " + tag, ZoneId.of("Europe/Berlin"));
        long otherClinic = clinics.createClinic("Other privacy clinic " + tag, ZoneId.of("UTC"));
        clinicians.createAccount(clinic, admin, "Privacy Admin", PASSWORD, ClinicianRole.CLINIC_ADMIN, false);
        clinicians.createAccount(clinic, clinician, "Privacy Clinician", PASSWORD, ClinicianRole.CLINICIAN, false);
        clinicians.createAccount(otherClinic, otherAdmin, "Other Admin", PASSWORD, ClinicianRole.CLINIC_ADMIN, false);
        users.run(clinician, this::caseWithHistory);
        return this;
    }

    private void caseWithHistory() {
        couple = context.getBean(CoupleService.class).create(new NewCoupleData(null, LocalDate.of(2026, 3, 2),
                new PartnerData(nameA, emailA, "she/her"), new PartnerData(nameB, emailB, "he/him"), null));
        TherapySessionService sessions = context.getBean(TherapySessionService.class);
        session1 = sessions.addSession(couple.id(), 1, LocalDate.of(2026, 3, 2), SessionKind.INTAKE).id();
        session2 = sessions.addSession(couple.id(), 2, LocalDate.of(2026, 3, 16), SessionKind.REGULAR).id();
        InvitationService invitations = context.getBean(InvitationService.class);
        List<IssuedInvitation> first = invitations.inviteBoth(session1);
        answer(first.get(0), i -> 1 + i % 7);
        answer(first.get(1), i -> 7 - i % 3);
        answer(invitations.invite(session2, PartnerLabel.A), i -> 7 - i % 7);
        // B's link for session 2 is re-sent and left half answered: a live link with a draft.
        invitations.invite(session2, PartnerLabel.B);
        IssuedInvitation live = invitations.invite(session2, PartnerLabel.B);
        clients().saveAnswer(token(live), itemCodes().get(0), 4);

        ObservationService observations = context.getBean(ObservationService.class);
        ObservationSummary written = observations.write(couple.id(),
                new ObservationData(observationTexts.get(0), session1, Set.of(Condition.TRUST)));
        observationId = written.id();
        ObservationSummary edited = observations.edit(observationId, written.version(),
                new ObservationData(observationTexts.get(1), session1, Set.of(Condition.TRUST)));
        edited = observations.edit(observationId, edited.version(),
                new ObservationData(observationTexts.get(2), session1, Set.of(Condition.TRUST, Condition.EMPATHY)));
        observations.sign(observationId, edited.version());
        observations.addAddendum(observationId, observationTexts.get(3));

        // What a mail server's refusal looks like in the log: it quotes the address and the name.
        var user = CurrentUser.require();
        context.getBean(AuditService.class).record(user.clinicId(), "system", "INVITATION_EMAIL_FAILED", "COUPLE",
                couple.id(), "550 mailbox unavailable: " + nameA.toUpperCase() + " <" + emailA + ">");
    }

    private void answer(IssuedInvitation invitation, IntUnaryOperator value) {
        String token = token(invitation);
        List<String> codes = itemCodes();
        for (int i = 0; i < codes.size(); i++) {
            clients().saveAnswer(token, codes.get(i), value.applyAsInt(i));
        }
        clients().saveAnswer(token, instrument().closeness().code(), 5);
        clients().submit(token);
    }

    List<String> secrets() {
        return List.of(nameA, nameB, emailA, emailB, observationTexts.get(0), observationTexts.get(1),
                observationTexts.get(2), observationTexts.get(3), "Quillon" + tag, "Brennika" + tag);
    }

    private ClientInvitationService clients() {
        return context.getBean(ClientInvitationService.class);
    }

    private Instrument instrument() {
        return context.getBean(ResponseService.class).currentInstrument();
    }

    private List<String> itemCodes() {
        return instrument().items().stream().map(Item::code).toList();
    }

    private static String token(IssuedInvitation issued) {
        return issued.link().substring(issued.link().lastIndexOf("/q/") + 3);
    }
}
