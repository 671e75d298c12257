package app.kindred.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    List<AuditEvent> findByClinicIdOrderByOccurredAtDesc(Long clinicId);

    List<AuditEvent> findByActionOrderByOccurredAtDesc(String action);

    List<AuditEvent> findByClinicIdAndSubjectTypeAndSubjectIdAndDetailsIsNotNull(Long clinicId, String subjectType,
            Long subjectId);

    @Query("select distinct e.action from AuditEvent e where e.clinicId = :clinicId order by e.action")
    List<String> actionsOf(Long clinicId);
}
