package app.kindred.invitation;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    /** An invitation by either of its links: the first one or the reminder's. */
    @Query("select i from Invitation i where i.tokenHash = :hash or i.reminderTokenHash = :hash")
    Optional<Invitation> findByAnyTokenHash(String hash);

    /** The same, row-locked: two tabs submitting at once queue here instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = :hash or i.reminderTokenHash = :hash")
    Optional<Invitation> lockByAnyTokenHash(String hash);

    List<Invitation> findBySessionIdOrderByCreatedAt(Long sessionId);

    List<Invitation> findBySessionIdInOrderByCreatedAt(Collection<Long> sessionIds);

    List<Invitation> findBySessionIdAndPartnerIdAndStatusIn(Long sessionId, Long partnerId,
            Collection<InvitationStatus> statuses);

    List<Invitation> findByStatusInAndExpiresAtLessThanEqual(Collection<InvitationStatus> statuses, Instant now);

    @Query("""
            select i.id from Invitation i
            where i.status in :statuses and i.channel = app.kindred.invitation.InvitationChannel.EMAIL
              and i.remindedAt is null and i.createdAt <= :createdBefore and i.expiresAt > :now
            order by i.createdAt""")
    List<Long> findDueForReminder(Collection<InvitationStatus> statuses, Instant createdBefore, Instant now);
}
