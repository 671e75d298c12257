package app.kindred.therapysession;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TherapySessionRepository extends JpaRepository<TherapySession, Long> {

    List<TherapySession> findByCoupleIdOrderByNumber(Long coupleId);

    boolean existsByCoupleIdAndNumber(Long coupleId, int number);

    @Query("select coalesce(max(s.number), 0) from TherapySession s where s.coupleId = :coupleId")
    int highestNumber(Long coupleId);

    @Query(value = "select count(*) from therapy_session s join couple c on c.id = s.couple_id where c.clinic_id = :clinicId",
            nativeQuery = true)
    long countInClinic(Long clinicId);

    @Query(value = "select count(*) from therapy_session s join couple c on c.id = s.couple_id"
            + " where c.clinic_id = :clinicId and c.clinician_id = :clinicianId", nativeQuery = true)
    long countInCaseload(Long clinicId, Long clinicianId);
}
