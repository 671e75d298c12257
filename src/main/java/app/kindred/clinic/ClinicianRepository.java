package app.kindred.clinic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicianRepository extends JpaRepository<Clinician, Long> {

    Optional<Clinician> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Clinician> findByClinicIdOrderByDisplayName(Long clinicId);
}
