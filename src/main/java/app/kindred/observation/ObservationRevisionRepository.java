package app.kindred.observation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationRevisionRepository extends JpaRepository<ObservationRevision, Long> {

    List<ObservationRevision> findByObservationIdOrderByRevision(Long observationId);

    long countByObservationId(Long observationId);
}
