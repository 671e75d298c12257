package app.kindred.demo;

import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicianRole;
import app.kindred.clinic.ClinicianService;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.NewCoupleData;
import app.kindred.couple.NewCoupleData.PartnerData;
import app.kindred.couple.PartnerLabel;
import app.kindred.demo.DemoCouple.Profile;
import app.kindred.invitation.ClientInvitationService;
import app.kindred.invitation.InvitationService;
import app.kindred.invitation.IssuedInvitation;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.ResponseService;
import app.kindred.therapysession.SessionKind;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code KINDRED_DEMO=true} only: a demo clinic with an admin, two clinicians and twelve
 * couples whose answers went through the real invitation and questionnaire services. Seeding
 * happens once; a later start finds the clinic and only prints the sign-ins again.
 */
@Component
@Order(1)
public class DemoDataSeeder implements ApplicationRunner {

    static final String CLINIC = "Riverside Couples Practice (demo)";
    static final List<String> CLINICIANS = List.of("maya.rivera", "daniel.okafor");
    static final String ADMIN = "demo.admin";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final ClinicService clinics;
    private final ClinicianService clinicians;
    private final CoupleService couples;
    private final TherapySessionService sessions;
    private final InvitationService invitations;
    private final ClientInvitationService clientLinks;
    private final ResponseService responses;
    private final DemoSignIn signIn;
    private final DemoBackdating backdating;
    private final Clock clock;
    private final String password;
    private final boolean enabled;

    DemoDataSeeder(ClinicService clinics, ClinicianService clinicians, CoupleService couples,
            TherapySessionService sessions, InvitationService invitations, ClientInvitationService clientLinks,
            ResponseService responses, DemoSignIn signIn, DemoBackdating backdating, Clock clock,
            @Value("${kindred.demo-password:demo-password-2026}") String password,
            @Value("${kindred.demo:false}") boolean enabled) {
        this.enabled = enabled;
        this.clinics = clinics;
        this.clinicians = clinicians;
        this.couples = couples;
        this.sessions = sessions;
        this.invitations = invitations;
        this.clientLinks = clientLinks;
        this.responses = responses;
        this.signIn = signIn;
        this.backdating = backdating;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            seedOnce();
        }
    }

    /** Seeds unless the demo clinic exists already; safe to call on every start. */
    public void seedOnce() {
        if (clinics.findClinicByName(CLINIC).isEmpty()) {
            seed();
        }
        log.info("""

                Kindred demo clinic "{}" — sign in at /login with password "{}" as:
                  {} (clinic admin), {} or {} (clinicians)""", CLINIC, password, ADMIN, CLINICIANS.get(0),
                CLINICIANS.get(1));
    }

    void seed() {
        long clinicId = clinics.createClinic(CLINIC, ZoneId.systemDefault());
        clinicians.createAccount(clinicId, ADMIN, "Robin Hale", password, ClinicianRole.CLINIC_ADMIN, false);
        clinicians.createAccount(clinicId, CLINICIANS.get(0), "Dr Maya Rivera", password, ClinicianRole.CLINICIAN, false);
        clinicians.createAccount(clinicId, CLINICIANS.get(1), "Daniel Okafor", password, ClinicianRole.CLINICIAN, false);
        Random random = new Random(42);
        for (DemoCouple couple : DemoCouples.all()) {
            signIn.as(CLINICIANS.get(couple.withSecondClinician() ? 1 : 0), () -> seedCouple(couple, random));
        }
    }

    private void seedCouple(DemoCouple demo, Random random) {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDate = today.minusDays(demo.lastSessionPending() ? 1 : 4 + random.nextInt(6));
        LocalDate first = lastDate.minusWeeks(2L * (demo.sessions() - 1));
        CoupleSummary couple = couples.create(new NewCoupleData(null, first,
                new PartnerData(demo.nameA(), demo.emailA(), demo.pronounsA()),
                new PartnerData(demo.nameB(), demo.emailB(), demo.pronounsB()), null));
        Instrument instrument = responses.currentInstrument();
        for (int i = 0; i < demo.sessions(); i++) {
            SessionSummary session = sessions.addSession(couple.id(), i + 1, first.plusWeeks(2L * i),
                    i == 0 ? SessionKind.INTAKE : SessionKind.REGULAR);
            boolean pending = demo.lastSessionPending() && i == demo.sessions() - 1;
            boolean last = i == demo.sessions() - 1;
            answer(session, PartnerLabel.A, demo.a(), i, last, pending, instrument, random);
            // Partner B skips one mid-therapy questionnaire in a few couples: charts must cope with gaps.
            boolean skips = demo.sessions() > 4 && i == 2 && random.nextBoolean();
            if (!skips) {
                answer(session, PartnerLabel.B, demo.b(), i, last, pending, instrument, random);
            }
        }
        backdating.backdate(couple.id());
    }

    private void answer(SessionSummary session, PartnerLabel label, Profile profile, int index, boolean last,
            boolean pending, Instrument instrument, Random random) {
        IssuedInvitation issued = invitations.invite(session.id(), label);
        if (pending) {
            return;
        }
        String token = issued.link().substring(issued.link().lastIndexOf('/') + 1);
        DemoAnswers.answers(instrument, profile, index, last, random).forEach((code, value) ->
                clientLinks.saveAnswer(token, code, value));
        clientLinks.submit(token);
    }
}
