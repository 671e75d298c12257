package app.kindred.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A couple's latest indices and flags, cached for the caseload grid; derived from the answers. */
@Entity
@Table(name = "couple_score_snapshot")
class CoupleScoreSnapshot {

    @Id
    @Column(name = "couple_id")
    private Long coupleId;

    @Column(name = "index_a")
    private Double indexA;

    @Column(name = "prev_index_a")
    private Double previousIndexA;

    @Column(name = "index_b")
    private Double indexB;

    @Column(name = "prev_index_b")
    private Double previousIndexB;

    @Column(name = "flag_count", nullable = false)
    private int flagCount;

    @Column(name = "flag_types", nullable = false, length = 200)
    private String flagTypes = "";

    @Column(name = "flag_reasons", nullable = false, length = 2000)
    private String flagReasons = "";

    @Column(name = "refreshed_at", nullable = false)
    private Instant refreshedAt;

    protected CoupleScoreSnapshot() {
    }

    CoupleScoreSnapshot(Long coupleId) {
        this.coupleId = coupleId;
    }

    void update(Double indexA, Double previousIndexA, Double indexB, Double previousIndexB, int flagCount,
            String flagTypes, String flagReasons, Instant refreshedAt) {
        this.indexA = indexA;
        this.previousIndexA = previousIndexA;
        this.indexB = indexB;
        this.previousIndexB = previousIndexB;
        this.flagCount = flagCount;
        this.flagTypes = flagTypes;
        this.flagReasons = flagReasons.length() > 2000 ? flagReasons.substring(0, 2000) : flagReasons;
        this.refreshedAt = refreshedAt;
    }
}
