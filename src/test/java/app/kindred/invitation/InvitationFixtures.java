package app.kindred.invitation;

import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.NewCoupleData;
import app.kindred.couple.NewCoupleData.PartnerData;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.Item;
import app.kindred.questionnaire.ResponseService;
import app.kindred.security.KindredUser;
import app.kindred.support.SignedIn;
import app.kindred.therapysession.SessionKind;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Couples, sessions and answers made through the services, as the signed-in test admin. */
public final class InvitationFixtures {

    private final CoupleService couples;
    private final TherapySessionService sessions;
    private final ClientInvitationService clients;
    private final Instrument instrument;
    private final UserDetailsService users;

    public InvitationFixtures(ApplicationContext context) {
        this.couples = context.getBean(CoupleService.class);
        this.sessions = context.getBean(TherapySessionService.class);
        this.clients = context.getBean(ClientInvitationService.class);
        this.instrument = context.getBean(ResponseService.class).currentInstrument();
        this.users = context.getBean(UserDetailsService.class);
    }

    public KindredUser signIn() {
        return SignedIn.asAdmin(users);
    }

    /** A new couple (partner A with this email, B with that one; either may be null) and its first session. */
    public Setup coupleWithSession(String emailA, String emailB) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CoupleSummary couple = couples.create(new NewCoupleData("", LocalDate.now(),
                new PartnerData("Robin " + tag, emailA, null), new PartnerData("Morgan " + tag, emailB, null), null));
        SessionSummary session = sessions.addSession(couple.id(), 1, LocalDate.now(), SessionKind.INTAKE);
        return new Setup(couple, session);
    }

    /** An email address no other test uses, so each test reads only its own mail. */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    public static String tokenOf(String link) {
        return link.substring(link.lastIndexOf("/q/") + 3);
    }

    public List<String> itemCodes() {
        return instrument.items().stream().map(Item::code).toList();
    }

    public String closenessCode() {
        return instrument.closeness().code();
    }

    /** Answers every item (value 1 + position mod 7) and the closeness item. */
    public void answerAll(String token) {
        List<String> codes = itemCodes();
        for (int i = 0; i < codes.size(); i++) {
            clients.saveAnswer(token, codes.get(i), 1 + i % 7);
        }
        clients.saveAnswer(token, closenessCode(), 6);
    }

    public record Setup(CoupleSummary couple, SessionSummary session) {

        public long sessionId() {
            return session.id();
        }
    }
}
