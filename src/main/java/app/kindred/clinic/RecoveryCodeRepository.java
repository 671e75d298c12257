package app.kindred.clinic;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByClinicianIdAndCodeHashAndUsedAtIsNull(Long clinicianId, String codeHash);

    long countByClinicianIdAndUsedAtIsNull(Long clinicianId);

    @Modifying
    @Query("delete from RecoveryCode r where r.clinicianId = :clinicianId")
    void deleteAllOfClinician(Long clinicianId);
}
