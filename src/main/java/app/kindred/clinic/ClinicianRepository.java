package app.kindred.clinic;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClinicianRepository extends JpaRepository<Clinician, Long> {

    Optional<Clinician> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Clinician> findByClinicIdOrderByDisplayName(Long clinicId);

    /** Row-locked, so that parallel sign-in attempts count one by one and a code is used once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Clinician c where c.username = :username")
    Optional<Clinician> lockByUsername(String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Clinician c where c.id = :id")
    Optional<Clinician> lockById(Long id);
}
