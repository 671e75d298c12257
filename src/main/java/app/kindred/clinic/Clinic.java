package app.kindred.clinic;

import app.kindred.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

/** The tenant: nothing is ever read or written across clinics. */
@Entity
@Table(name = "clinic")
public class Clinic extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "timezone", nullable = false, length = 64)
    private String timezone;

    @Column(name = "require_totp", nullable = false)
    private boolean requireTotp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Clinic() {
    }

    public Clinic(String name, ZoneId timezone, Instant createdAt) {
        this.name = name;
        this.timezone = timezone.getId();
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public ZoneId getTimezone() {
        return ZoneId.of(timezone);
    }

    public boolean isRequireTotp() {
        return requireTotp;
    }

    public void setRequireTotp(boolean requireTotp) {
        this.requireTotp = requireTotp;
    }
}
