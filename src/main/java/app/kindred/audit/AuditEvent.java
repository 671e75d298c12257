package app.kindred.audit;

import app.kindred.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened, by whom, to what. Never deleted; only its details are ever rewritten,
 * to take out the personal data of a couple that was erased.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends AbstractEntity {

    @Column(name = "clinic_id")
    private Long clinicId;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", length = 40)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "details", length = 2000)
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Long clinicId, String actor, String action, String subjectType, Long subjectId,
            Instant occurredAt, String details) {
        this.clinicId = clinicId;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.occurredAt = occurredAt;
        this.details = details;
    }

    void redact(String details) {
        this.details = details;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetails() {
        return details;
    }
}
