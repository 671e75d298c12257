package app.kindred.audit;

import java.time.Clock;
import java.time.Instant;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Writes join the caller's transaction so an audited change and its
 * event commit together; {@link #recordAlone} is for events that must survive a refused action.
 */
@Service
public class AuditService {

    private static final int MAX_DETAILS = 2000;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(Long clinicId, String actor, String action, String subjectType, Long subjectId,
            String details) {
        events.save(new AuditEvent(clinicId, actor, action, subjectType, subjectId, Instant.now(clock),
                truncate(details)));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(Long clinicId, String actor, String action, String subjectType, Long subjectId,
            String details) {
        record(clinicId, actor, action, subjectType, subjectId, details);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> eventsOfClinic(Long clinicId) {
        return events.findByClinicIdOrderByOccurredAtDesc(clinicId);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> eventsWithAction(String action) {
        return events.findByActionOrderByOccurredAtDesc(action);
    }

    /** A page of the caller's clinic's log, newest first; only clinic admins read the log. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
        return events.findAll(matching(filter), page).getContent();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public long count(AuditFilter filter) {
        return events.count(matching(filter));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public List<String> actions() {
        return events.actionsOf(CurrentUser.require().clinicId());
    }

    /**
     * Rewrites the details of the caller's clinic's events about one couple, replacing every
     * occurrence (ignoring case) of each key by its value; the events themselves stay. Only for
     * the erasure of a couple's personal data.
     *
     * @return how many events were rewritten
     */
    @Transactional
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public int redactCoupleEvents(long coupleId, Map<String, String> replacements) {
        if (replacements.isEmpty()) {
            return 0;
        }
        // Longest first, so an email is replaced whole before a name inside it is; whole words
        // only, so a short name does not cut into other words of the log.
        Pattern secrets = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + replacements.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow() + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Map<String, String> byLowerCase = new HashMap<>();
        replacements.forEach((secret, label) -> byLowerCase.put(secret.toLowerCase(Locale.ROOT), label));
        int rewritten = 0;
        for (AuditEvent event : events.findByClinicIdAndSubjectTypeAndSubjectIdAndDetailsIsNotNull(
                CurrentUser.require().clinicId(), "COUPLE", coupleId)) {
            Matcher found = secrets.matcher(event.getDetails());
            if (found.find()) {
                event.redact(found.replaceAll(m -> Matcher.quoteReplacement(
                        byLowerCase.getOrDefault(m.group().toLowerCase(Locale.ROOT), "[erased]"))));
                rewritten++;
            }
        }
        return rewritten;
    }

    private static Specification<AuditEvent> matching(AuditFilter f) {
        long clinicId = CurrentUser.require().clinicId();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("clinicId"), clinicId));
            if (f.actor() != null && !f.actor().isBlank()) {
                where.add(cb.like(cb.lower(root.get("actor")), "%" + f.actor().trim().toLowerCase(Locale.ROOT) + "%"));
            }
            if (f.action() != null) {
                where.add(cb.equal(root.get("action"), f.action()));
            }
            if (f.subjectType() != null) {
                where.add(cb.equal(root.get("subjectType"), f.subjectType()));
            }
            if (f.subjectId() != null) {
                where.add(cb.equal(root.get("subjectId"), f.subjectId()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), f.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String truncate(String details) {
        return details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    }
}
