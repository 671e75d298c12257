package app.kindred.audit;

import java.time.Instant;

/** What the audit log view narrows to; every part is optional. */
public record AuditFilter(String actor, String action, String subjectType, Long subjectId, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
