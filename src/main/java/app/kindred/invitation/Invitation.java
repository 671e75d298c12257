package app.kindred.invitation;

import app.kindred.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A link that lets one partner answer the questionnaire for one session. Only the SHA-256 hash of
 * its token is kept: a database dump cannot be turned back into working links.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Column(name = "token_hash", nullable = false, length = 64, columnDefinition = "char(64)")
    private String tokenHash;

    @Column(name = "reminder_token_hash", length = 64, columnDefinition = "char(64)")
    private String reminderTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private InvitationStatus status = InvitationStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private InvitationChannel channel;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expired_at")
    private Instant expiredAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "delivery_error", length = 500)
    private String deliveryError;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Invitation() {
    }

    public Invitation(Long sessionId, Long partnerId, String tokenHash, InvitationChannel channel,
            Instant createdAt, Instant expiresAt) {
        this.sessionId = sessionId;
        this.partnerId = partnerId;
        this.tokenHash = tokenHash;
        this.channel = channel;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return status.isLive() && now.isBefore(expiresAt);
    }

    public void markOpened(Instant now) {
        if (status == InvitationStatus.PENDING) {
            status = InvitationStatus.OPENED;
            openedAt = now;
        }
    }

    public void markCompleted(Instant now) {
        status = InvitationStatus.COMPLETED;
        completedAt = now;
    }

    public void revoke(Instant now) {
        status = InvitationStatus.REVOKED;
        revokedAt = now;
    }

    public void expire(Instant now) {
        status = InvitationStatus.EXPIRED;
        expiredAt = now;
    }

    public void markSent(Instant now) {
        sentAt = now;
        deliveryError = null;
    }

    /**
     * The reminder's own link, so the reminder can carry a working link although the first one's
     * raw token was never kept. Both links lead to the same draft.
     */
    public void markReminded(Instant now, String reminderTokenHash) {
        this.remindedAt = now;
        this.reminderTokenHash = reminderTokenHash;
    }

    /** The email did not go out; the reason is kept (shortened) for the session view. */
    public void markDeliveryFailed(String error) {
        deliveryError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    /** A mail server's error may quote the partner's address, so erasure drops it. */
    void forgetDeliveryError() {
        deliveryError = null;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public InvitationChannel getChannel() {
        return channel;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getExpiredAt() {
        return expiredAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public String getDeliveryError() {
        return deliveryError;
    }
}
