package app.kindred.observation;

import app.kindred.audit.AuditService;
import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleService;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observations on the couples the caller may work with. Every method checks the couple through
 * {@link CoupleService} first; an observation of a couple the caller may not see is "not found",
 * exactly like the couple. Edits keep the replaced text as a revision; signed notes are locked.
 */
@Service
public class ObservationService {

    public static final int MAX_LENGTH = 20_000;
    /** What every text and earlier version of an erased couple's observations reads afterwards. */
    public static final String ERASED_TEXT = "[Erased with the couple's personal data]";

    private final ObservationRepository observations;
    private final ObservationRevisionRepository revisions;
    private final ObservationSummaries summaries;
    private final CoupleService couples;
    private final ObservationRules rules;
    private final AuditService audit;
    private final Clock clock;

    ObservationService(ObservationRepository observations, ObservationRevisionRepository revisions,
            ObservationSummaries summaries, ObservationRules rules, CoupleService couples,
            AuditService audit, Clock clock) {
        this.observations = observations;
        this.revisions = revisions;
        this.summaries = summaries;
        this.couples = couples;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The couple's observations in date order, each with its addenda (oldest first) under it. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public List<ObservationSummary> observationsOf(long coupleId) {
        couples.requireAccessible(coupleId);
        return summaries.tree(observations.findByCoupleIdOrderByCreatedAtAscIdAsc(coupleId));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public ObservationSummary get(long observationId) {
        long coupleId = requireAccessible(observationId);
        return summaries.find(summaries.tree(observations.findByCoupleIdOrderByCreatedAtAscIdAsc(coupleId)), observationId);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public ObservationHistory history(long observationId) {
        ObservationSummary current = get(observationId);
        Observation observation = observations.findById(observationId).orElseThrow();
        return summaries.history(current, observation, revisions.findByObservationIdOrderByRevision(observationId));
    }

    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public ObservationSummary write(long coupleId, ObservationData data) {
        couples.requireAccessible(coupleId).requireNotErased();
        String text = rules.validText(data.text());
        rules.requireSessionOf(coupleId, data.sessionId());
        KindredUser user = CurrentUser.require();
        Observation observation = observations.saveAndFlush(new Observation(coupleId, data.sessionId(),
                user.clinicianId(), null, text, null, ConditionTags.format(data.conditions()), clock.instant()));
        record(user, "OBSERVATION_WRITTEN", observation, "observation " + observation.getId());
        return summaries.single(observation);
    }

    /**
     * Replaces the text, session and tags, keeping the replaced ones as the next revision.
     *
     * @param expectedVersion the {@link ObservationSummary#version()} the editor started from
     * @throws ObservationConflictException if someone saved in between
     * @throws ObservationLockedException if the observation is signed
     */
    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public ObservationSummary edit(long observationId, long expectedVersion, ObservationData data) {
        Observation observation = lockAccessible(observationId);
        if (observation.isSigned()) {
            throw ObservationLockedException.signed();
        }
        requireVersion(observation, expectedVersion, ObservationConflictException.WHILE_EDITING);
        String text = rules.validText(data.text());
        rules.requireSessionOf(observation.getCoupleId(), data.sessionId());
        String tags = ConditionTags.format(data.conditions());
        if (text.equals(observation.getBody()) && tags.equals(observation.getConditionTags())
                && Objects.equals(data.sessionId(), observation.getSessionId())) {
            return summaries.single(observation);
        }
        KindredUser user = CurrentUser.require();
        Instant now = clock.instant();
        long revision = revisions.countByObservationId(observationId) + 1;
        revisions.save(new ObservationRevision(observation, revision, user.clinicianId(), now));
        // The session is not part of a revision, so a change of it goes into the audit trail instead.
        String sessionChange = Objects.equals(data.sessionId(), observation.getSessionId()) ? ""
                : "; session " + observation.getSessionId() + " -> " + data.sessionId();
        observation.rewrite(text, null, tags, data.sessionId(), now);
        observations.saveAndFlush(observation);
        record(user, "OBSERVATION_EDITED", observation,
                "observation " + observationId + ", earlier text kept as revision " + revision + sessionChange);
        return summaries.single(observation);
    }

    /**
     * Signs and so locks the observation.
     *
     * @param expectedVersion the version the signer read, so nobody signs a text they have not seen
     */
    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public ObservationSummary sign(long observationId, long expectedVersion) {
        Observation observation = lockAccessible(observationId);
        if (observation.isSigned()) {
            throw new ObservationLockedException("This observation is already signed.");
        }
        requireVersion(observation, expectedVersion, ObservationConflictException.BEFORE_SIGNING);
        KindredUser user = CurrentUser.require();
        observation.sign(user.clinicianId(), clock.instant());
        observations.saveAndFlush(observation);
        record(user, "OBSERVATION_SIGNED", observation, "observation " + observationId);
        return summaries.single(observation);
    }

    /** A correction of a signed observation: a new observation linked to it, itself editable until signed. */
    @Transactional
    @RolesAllowed(AppRoles.CLINICIAN)
    public ObservationSummary addAddendum(long observationId, String text) {
        couples.requireAccessible(requireAccessible(observationId)).requireNotErased();
        Observation signed = observations.findById(observationId).orElseThrow();
        if (!signed.isSigned()) {
            throw new IllegalStateException("Only a signed observation takes addenda. Edit this one instead.");
        }
        String valid = rules.validText(text);
        KindredUser user = CurrentUser.require();
        Observation addendum = observations.saveAndFlush(new Observation(signed.getCoupleId(), signed.getSessionId(),
                user.clinicianId(), signed.getId(), valid, null, "", clock.instant()));
        record(user, "OBSERVATION_ADDENDUM", addendum, "addendum " + addendum.getId() + " to observation " + observationId);
        return summaries.single(addendum);
    }

    /**
     * Replaces the text of every observation of the couple, and of every earlier version, by
     * {@link #ERASED_TEXT}, signed ones included. Only one step of {@code CouplePrivacyService}'s erasure.
     *
     * @return how many texts (current and earlier versions) were erased
     */
    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public int eraseTextsOfCouple(long coupleId) {
        couples.requireAccessible(coupleId);
        int erased = 0;
        for (Observation observation : observations.findByCoupleIdOrderByCreatedAtAscIdAsc(coupleId)) {
            observation.erase();
            List<ObservationRevision> earlier = revisions.findByObservationIdOrderByRevision(observation.getId());
            earlier.forEach(ObservationRevision::erase);
            erased += 1 + earlier.size();
        }
        observations.flush();
        return erased;
    }

    /** Checks the observation's couple and returns the couple id; a missing observation looks the same as a refused one. */
    private long requireAccessible(long observationId) {
        long coupleId = observations.findCoupleIdById(observationId).orElseThrow(CoupleNotFoundException::new);
        couples.requireAccessible(coupleId);
        return coupleId;
    }

    private Observation lockAccessible(long observationId) {
        couples.requireAccessible(requireAccessible(observationId)).requireNotErased();
        return observations.findLockedById(observationId).orElseThrow(CoupleNotFoundException::new);
    }

    private static void requireVersion(Observation observation, long expectedVersion, String message) {
        if (observation.getVersion() != expectedVersion) {
            throw new ObservationConflictException(message);
        }
    }

    private void record(KindredUser user, String action, Observation observation, String details) {
        audit.record(user.clinicId(), user.getUsername(), action, "COUPLE", observation.getCoupleId(), details);
    }
}
