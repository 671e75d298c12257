package app.kindred.report;

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
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.Item;
import app.kindred.questionnaire.ResponseService;
import app.kindred.support.TestUsers;
import app.kindred.therapysession.SessionKind;
import app.kindred.therapysession.TherapySessionService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A fresh clinic for report tests, answered through the real invitation and questionnaire
 * services as a client would: the owner's couple (three sessions; partner B skips the second),
 * a colleague's couple (one session) and the owner's couple without any session.
 */
@Component
public class ReportTestData {

    public record Clinic(String owner, String colleague, String admin, long colleagueId, long coupleId,
            String reference, List<Long> sessionIds, String colleagueReference) {
    }

    private final TestUsers users;
    private final ClinicService clinics;
    private final ClinicianService clinicians;
    private final CoupleService couples;
    private final TherapySessionService sessions;
    private final InvitationService invitations;
    private final ClientInvitationService clientLinks;
    private final ResponseService responses;

    ReportTestData(TestUsers users, ClinicService clinics, ClinicianService clinicians, CoupleService couples,
            TherapySessionService sessions, InvitationService invitations, ClientInvitationService clientLinks,
            ResponseService responses) {
        this.users = users;
        this.clinics = clinics;
        this.clinicians = clinicians;
        this.couples = couples;
        this.sessions = sessions;
        this.invitations = invitations;
        this.clientLinks = clientLinks;
        this.responses = responses;
    }

    public Clinic clinic() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long clinicId = clinics.createClinic("Report clinic " + tag, ZoneId.of("Europe/Berlin"));
        String owner = "owner-" + tag;
        String colleague = "colleague-" + tag;
        String admin = "admin-" + tag;
        clinicians.createAccount(clinicId, owner, "Dr Ana Owner", "a-long-password-1", ClinicianRole.CLINICIAN, false);
        long colleagueId = clinicians.createAccount(clinicId, colleague, "Dr Ben Colleague", "a-long-password-1",
                ClinicianRole.CLINICIAN, false);
        clinicians.createAccount(clinicId, admin, "Admin", "a-long-password-1", ClinicianRole.CLINIC_ADMIN, false);
        return users.as(owner, () -> {
            CoupleSummary couple = couple("Zoë Martin", "zoe@example.org", "Łukasz Nowak", "lukasz@example.org");
            List<Long> ids = new ArrayList<>();
            LocalDate[] dates = {LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 2)};
            for (int n = 1; n <= 3; n++) {
                long sessionId = sessions.addSession(couple.id(), n, dates[n - 1],
                        n == 1 ? SessionKind.INTAKE : SessionKind.REGULAR).id();
                ids.add(sessionId);
                answer(sessionId, PartnerLabel.A, n);
                if (n != 2) {
                    answer(sessionId, PartnerLabel.B, 10 + n);
                }
            }
            couple("Søren Lund", null, "Mette Lund", null);
            String colleagueReference = users.as(colleague, () -> {
                CoupleSummary theirs = couple("Ayşe Demir", "ayse@example.org", "Ngọc Anh Tran", null);
                long sessionId = sessions.addSession(theirs.id(), 1, LocalDate.of(2026, 2, 10), SessionKind.INTAKE).id();
                answer(sessionId, PartnerLabel.A, 21);
                return theirs.reference();
            });
            return new Clinic(owner, colleague, admin, colleagueId, couple.id(), couple.reference(), ids,
                    colleagueReference);
        });
    }

    private CoupleSummary couple(String nameA, String emailA, String nameB, String emailB) {
        return couples.create(new NewCoupleData(null, LocalDate.of(2026, 1, 5), new PartnerData(nameA, emailA, null),
                new PartnerData(nameB, emailB, null), null));
    }

    /** Answers that differ per partner and session but are always the same for the same seed. */
    private void answer(long sessionId, PartnerLabel label, int seed) {
        IssuedInvitation issued = invitations.invite(sessionId, label);
        String token = issued.link().substring(issued.link().lastIndexOf('/') + 1);
        Instrument instrument = responses.currentInstrument();
        List<Item> items = instrument.items();
        for (int i = 0; i < items.size(); i++) {
            clientLinks.saveAnswer(token, items.get(i).code(), 1 + (i * 3 + seed * 5) % 7);
        }
        clientLinks.saveAnswer(token, instrument.closeness().code(), seed % 11);
        clientLinks.submit(token);
    }
}
