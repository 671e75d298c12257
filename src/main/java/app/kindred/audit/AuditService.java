package app.kindred.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

    private static String truncate(String details) {
        return details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    }
}
