package app.kindred.therapysession;

import app.kindred.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One session of a couple's therapy. Named so to avoid Hibernate's and Vaadin's {@code Session}. */
@Entity
@Table(name = "therapy_session")
public class TherapySession extends AbstractEntity {

    @Column(name = "couple_id", nullable = false)
    private Long coupleId;

    @Column(name = "session_number", nullable = false)
    private int number;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private SessionKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TherapySession() {
    }

    public TherapySession(Long coupleId, int number, LocalDate date, SessionKind kind, Instant createdAt) {
        this.coupleId = coupleId;
        this.number = number;
        this.date = date;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public long getVersion() {
        return version;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }
}
