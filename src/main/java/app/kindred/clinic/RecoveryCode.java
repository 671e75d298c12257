package app.kindred.clinic;

import app.kindred.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of a clinician's one-time recovery codes, by its hash; the code itself is shown once. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode extends AbstractEntity {

    @Column(name = "clinician_id", nullable = false)
    private Long clinicianId;

    @Column(name = "code_hash", nullable = false, length = 64, columnDefinition = "char(64)")
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Long clinicianId, String codeHash, Instant createdAt) {
        this.clinicianId = clinicianId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
