package app.kindred.observation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ObservationRepository extends JpaRepository<Observation, Long> {

    /** Addenda included; the id breaks ties between notes saved in the same instant. */
    List<Observation> findByCoupleIdOrderByCreatedAtAscIdAsc(Long coupleId);

    /** The couple to check access against, read before anything else of the observation. */
    @Query("select o.coupleId from Observation o where o.id = :id")
    Optional<Long> findCoupleIdById(Long id);

    /**
     * Row-locked until the transaction ends, so two concurrent edits are serialised and the second
     * sees the first one's version instead of racing it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Observation> findLockedById(Long id);
}
