package app.kindred.observation;

import app.kindred.base.AbstractEntity;
import app.kindred.security.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A clinician's note on a couple, optionally about one session and tagged with conditions.
 * Signed notes are locked: a correction is an addendum that points at the signed note.
 */
@Entity
@Table(name = "observation")
public class Observation extends AbstractEntity {

    @Column(name = "couple_id", nullable = false)
    private Long coupleId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "addendum_to_id")
    private Long addendumToId;

    /** Encrypted at rest; the key id is inside the stored value (body_key_id is not needed for it). */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "body", nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(name = "body_key_id", length = 40)
    private String bodyKeyId;

    @Column(name = "condition_tags", nullable = false, length = 400)
    private String conditionTags = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by_id")
    private Long signedById;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Observation() {
    }

    public Observation(Long coupleId, Long sessionId, Long authorId, Long addendumToId, String body,
            String bodyKeyId, String conditionTags, Instant now) {
        this.coupleId = coupleId;
        this.sessionId = sessionId;
        this.authorId = authorId;
        this.addendumToId = addendumToId;
        this.body = body;
        this.bodyKeyId = bodyKeyId;
        this.conditionTags = conditionTags;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rewrite(String body, String bodyKeyId, String conditionTags, Long sessionId, Instant now) {
        this.body = body;
        this.bodyKeyId = bodyKeyId;
        this.conditionTags = conditionTags;
        this.sessionId = sessionId;
        this.updatedAt = now;
    }

    /** Erasure overrides the lock of a signed note: the text goes, the dates, tags and signature stay. */
    void erase() {
        this.body = ObservationService.ERASED_TEXT;
    }

    public void sign(Long clinicianId, Instant now) {
        this.signedById = clinicianId;
        this.signedAt = now;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getAddendumToId() {
        return addendumToId;
    }

    public String getBody() {
        return body;
    }

    public String getBodyKeyId() {
        return bodyKeyId;
    }

    public String getConditionTags() {
        return conditionTags;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Long getSignedById() {
        return signedById;
    }

    public long getVersion() {
        return version;
    }
}
