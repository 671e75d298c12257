package app.kindred.observation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationRepository extends JpaRepository<Observation, Long> {

    List<Observation> findByCoupleIdOrderByCreatedAt(Long coupleId);
}
