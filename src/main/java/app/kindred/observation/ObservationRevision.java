package app.kindred.observation;

import app.kindred.base.AbstractEntity;
import app.kindred.security.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text an observation had before an edit replaced it: edits never overwrite silently. */
@Entity
@Table(name = "observation_revision")
public class ObservationRevision extends AbstractEntity {

    @Column(name = "observation_id", nullable = false)
    private Long observationId;

    @Column(name = "revision", nullable = false)
    private long revision;

    /** Encrypted at rest; the key id is inside the stored value (body_key_id is not needed for it). */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "body", nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(name = "body_key_id", length = 40)
    private String bodyKeyId;

    @Column(name = "condition_tags", nullable = false, length = 400)
    private String conditionTags;

    @Column(name = "written_by_id", nullable = false)
    private Long writtenById;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ObservationRevision() {
    }

    ObservationRevision(Observation observation, long revision, Long writtenById, Instant writtenAt) {
        this.observationId = observation.getId();
        this.revision = revision;
        this.body = observation.getBody();
        this.bodyKeyId = observation.getBodyKeyId();
        this.conditionTags = observation.getConditionTags();
        this.writtenById = writtenById;
        this.writtenAt = writtenAt;
    }

    void erase() {
        this.body = ObservationService.ERASED_TEXT;
    }

    public Long getObservationId() {
        return observationId;
    }

    public long getRevision() {
        return revision;
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

    public Long getWrittenById() {
        return writtenById;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
