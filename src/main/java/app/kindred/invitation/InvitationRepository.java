package app.kindred.invitation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findBySessionIdOrderByCreatedAt(Long sessionId);

    List<Invitation> findBySessionIdInOrderByCreatedAt(Collection<Long> sessionIds);

    List<Invitation> findBySessionIdAndPartnerIdAndStatusIn(Long sessionId, Long partnerId,
            Collection<InvitationStatus> statuses);

    List<Invitation> findByStatusInAndExpiresAtBefore(Collection<InvitationStatus> statuses, Instant now);
}
