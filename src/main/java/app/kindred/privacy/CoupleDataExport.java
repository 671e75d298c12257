package app.kindred.privacy;

import app.kindred.audit.AuditEvent;
import app.kindred.audit.AuditFilter;
import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicianService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.CoupleSummary.PartnerSummary;
import app.kindred.invitation.InvitationChannel;
import app.kindred.invitation.InvitationService;
import app.kindred.invitation.InvitationSummary;
import app.kindred.observation.ObservationHistory.TextVersion;
import app.kindred.observation.ObservationService;
import app.kindred.observation.ObservationSummary;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.ScoringService;
import app.kindred.questionnaire.SubmittedResponse;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Gathers everything stored about one couple through the features' own services (which check the
 * caller) into one JSON-ready tree. Invitations appear without their token hashes; scores come from
 * {@link ScoringService}, never computed here.
 */
@Component
class CoupleDataExport {

    private final CoupleService couples;
    private final ClinicianService clinicians;
    private final TherapySessionService sessions;
    private final InvitationService invitations;
    private final ScoringService scoring;
    private final ObservationService observations;
    private final AuditService audit;

    CoupleDataExport(CoupleService couples, ClinicianService clinicians, TherapySessionService sessions,
            InvitationService invitations, ScoringService scoring, ObservationService observations,
            AuditService audit) {
        this.couples = couples;
        this.clinicians = clinicians;
        this.sessions = sessions;
        this.invitations = invitations;
        this.scoring = scoring;
        this.observations = observations;
        this.audit = audit;
    }

    Map<String, Object> of(long coupleId, Instant now) {
        CoupleSummary couple = couples.get(coupleId);
        List<SessionSummary> coupleSessions = sessions.sessionsOf(coupleId);
        Map<Long, Integer> sessionNumbers = coupleSessions.stream()
                .collect(Collectors.toMap(SessionSummary::id, SessionSummary::number));
        Map<Long, PartnerSummary> partners = couple.partners().stream()
                .collect(Collectors.toMap(PartnerSummary::id, Function.identity()));
        return Json.object(
                "exportedAt", now,
                "couple", couple(couple),
                "partners", couple.partners().stream().map(p -> Json.object("label", p.label(),
                        "displayName", p.displayName(), "email", p.email(), "pronouns", p.pronouns())).toList(),
                "sessions", coupleSessions.stream().map(s -> Json.object("id", s.id(), "number", s.number(),
                        "date", s.date(), "kind", s.kind())).toList(),
                "invitations", invitations.invitationsOfCouple(coupleId).values().stream().flatMap(List::stream)
                        .sorted(Comparator.comparing(InvitationSummary::createdAt))
                        .map(i -> invitation(i, sessionNumbers, partners)).toList(),
                "responses", scoring.responsesOfCouple(coupleId).stream()
                        .map(r -> response(r, sessionNumbers, partners)).toList(),
                "scores", ExportedScores.of(scoring.scoresOfCouple(coupleId, false)),
                "observations", observations.observationsOf(coupleId).stream()
                        .flatMap(CoupleDataExport::withAddenda).map(this::observation).toList(),
                "auditEvents", auditEvents(coupleId));
    }

    private Map<String, Object> couple(CoupleSummary couple) {
        return Json.object("id", couple.id(), "reference", couple.reference(), "status", couple.status(),
                "startedOn", couple.startedOn(), "clinician", clinicians.findInMyClinic(couple.clinicianId())
                        .map(ClinicianSummary::displayName).orElse(null),
                "erasedAt", couple.erasedAt());
    }

    /** The recipient is the partner's address as stored now: invitations do not keep their own copy. */
    private static Map<String, Object> invitation(InvitationSummary i, Map<Long, Integer> sessionNumbers,
            Map<Long, PartnerSummary> partners) {
        PartnerSummary partner = partners.get(i.partnerId());
        return Json.object("id", i.id(), "session", sessionNumbers.get(i.sessionId()), "partner", i.partner(),
                "recipient", i.channel() == InvitationChannel.EMAIL && partner != null ? partner.email() : null,
                "channel", i.channel(), "status", i.status(), "createdAt", i.createdAt(), "expiresAt", i.expiresAt(),
                "sentAt", i.sentAt(), "openedAt", i.openedAt(), "completedAt", i.completedAt(),
                "revokedAt", i.revokedAt(), "expiredAt", i.expiredAt(), "deliveryError", i.deliveryError());
    }

    private static Map<String, Object> response(SubmittedResponse r, Map<Long, Integer> sessionNumbers,
            Map<Long, PartnerSummary> partners) {
        PartnerSummary partner = partners.get(r.partnerId());
        return Json.object("id", r.id(), "session", sessionNumbers.get(r.sessionId()),
                "partner", partner == null ? null : partner.label(), "instrument", r.instrumentId(),
                "instrumentVersion", r.instrumentVersion(), "submittedAt", r.submittedAt(),
                "closeness", r.closeness(), "answers", r.answers());
    }

    private Map<String, Object> observation(ObservationSummary o) {
        List<Map<String, Object>> history = observations.history(o.id()).versions().stream()
                .map(CoupleDataExport::version).toList();
        return Json.object("id", o.id(), "sessionId", o.sessionId(), "addendumTo", o.addendumToId(),
                "author", o.authorName(), "writtenAt", o.writtenAt(), "editedAt", o.editedAt(),
                "signedBy", o.signedBy(), "signedAt", o.signedAt(), "conditions", o.conditions(),
                "text", o.text(), "history", history);
    }

    private static Map<String, Object> version(TextVersion v) {
        return Json.object("number", v.number(), "text", v.text(), "conditions", v.conditions(),
                "writtenBy", v.writtenBy(), "writtenAt", v.writtenAt(), "current", v.current());
    }

    private static Stream<ObservationSummary> withAddenda(ObservationSummary o) {
        return Stream.concat(Stream.of(o), o.addenda().stream().flatMap(CoupleDataExport::withAddenda));
    }

    private List<Map<String, Object>> auditEvents(long coupleId) {
        AuditFilter aboutCouple = new AuditFilter(null, null, "COUPLE", coupleId, null, null);
        int count = (int) audit.count(aboutCouple);
        List<AuditEvent> events = audit.search(aboutCouple, 0, Math.max(1, count));
        return events.stream().sorted(Comparator.comparing(AuditEvent::getOccurredAt).thenComparing(AuditEvent::getId))
                .map(e -> Json.object("at", e.getOccurredAt(), "actor", e.getActor(), "action", e.getAction(),
                        "details", e.getDetails())).toList();
    }
}
