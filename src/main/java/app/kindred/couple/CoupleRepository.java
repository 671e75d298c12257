package app.kindred.couple;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoupleRepository extends JpaRepository<Couple, Long> {

    @EntityGraph(attributePaths = "partners")
    Optional<Couple> findWithPartnersById(Long id);

    @EntityGraph(attributePaths = "partners")
    Optional<Couple> findWithPartnersByClinicIdAndReference(Long clinicId, String reference);

    boolean existsByClinicIdAndReference(Long clinicId, String reference);

    boolean existsByReference(String reference);

    long countByClinicId(Long clinicId);

    long countByClinicIdAndClinicianId(Long clinicId, Long clinicianId);

    long countByClinicIdAndStatus(Long clinicId, CoupleStatus status);

    long countByClinicIdAndClinicianIdAndStatus(Long clinicId, Long clinicianId, CoupleStatus status);

    @Query("select c.reference from Couple c where c.clinicId = :clinicId and c.reference like 'C-%'")
    List<String> generatedReferences(Long clinicId);
}
