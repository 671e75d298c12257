package app.kindred.questionnaire;

import app.kindred.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One partner's submitted answers: immutable, and the source of truth from which every score is
 * derived again. It records the instrument version it was answered on.
 */
@Entity
@Table(name = "response")
public class Response extends AbstractEntity {

    @Column(name = "invitation_id", nullable = false, updatable = false)
    private Long invitationId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "instrument_id", nullable = false, length = 40, updatable = false)
    private String instrumentId;

    @Column(name = "instrument_version", nullable = false, updatable = false)
    private int instrumentVersion;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "closeness", nullable = false, updatable = false)
    private int closeness;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "response_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "item_code", length = 40)
    @Column(name = "item_value", nullable = false)
    private Map<String, Integer> answers = new HashMap<>();

    protected Response() {
    }

    public Response(Long invitationId, Long sessionId, Long partnerId, String instrumentId, int instrumentVersion,
            Instant submittedAt, Map<String, Integer> answers, int closeness) {
        this.invitationId = invitationId;
        this.sessionId = sessionId;
        this.partnerId = partnerId;
        this.instrumentId = instrumentId;
        this.instrumentVersion = instrumentVersion;
        this.submittedAt = submittedAt;
        this.answers.putAll(answers);
        this.closeness = closeness;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getInstrumentId() {
        return instrumentId;
    }

    public int getInstrumentVersion() {
        return instrumentVersion;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getCloseness() {
        return closeness;
    }

    public Map<String, Integer> getAnswers() {
        return Collections.unmodifiableMap(answers);
    }
}
