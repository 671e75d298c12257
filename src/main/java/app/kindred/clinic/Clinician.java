package app.kindred.clinic;

import app.kindred.base.AbstractEntity;
import app.kindred.security.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** A person who signs in: a clinician or a clinic admin. */
@Entity
@Table(name = "clinician")
public class Clinician extends AbstractEntity {

    @Column(name = "clinic_id", nullable = false)
    private Long clinicId;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private ClinicianRole role;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Base32 secret of the authenticator app, encrypted at rest. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "totp_secret", length = 500)
    private String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    /** The 30-second step of the last code accepted: that code and older ones are never taken again. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Clinician() {
    }

    public Clinician(Long clinicId, String username, String displayName, String passwordHash,
            ClinicianRole role, Instant createdAt) {
        this.clinicId = clinicId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePassword(String passwordHash, boolean mustChangePassword) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    public ClinicianRole getRole() {
        return role;
    }

    public void setRole(ClinicianRole role) {
        this.role = role;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed sign-in; the {@code maxFailures}-th in a row locks the account for
     * {@code lock}. A lock that has run out starts a new count. Returns whether this one locked it.
     */
    public boolean recordFailedSignIn(Instant now, int maxFailures, Duration lock) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedSignIns = 0;
            lockedUntil = null;
        }
        failedSignIns++;
        if (failedSignIns >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(lock);
            return true;
        }
        return false;
    }

    public void recordSuccessfulSignIn() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    /** A new secret (or none) starts unconfirmed, with no code used yet. */
    public void setTotp(String secret, boolean enabled) {
        this.totpSecret = secret;
        this.totpEnabled = enabled;
        this.totpLastStep = null;
    }

    public void confirmTotp(long step) {
        this.totpEnabled = true;
        this.totpLastStep = step;
    }

    public long getTotpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    public void acceptTotpStep(long step) {
        this.totpLastStep = step;
    }
}
