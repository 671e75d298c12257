package app.kindred.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByClinicIdOrderByOccurredAtDesc(Long clinicId);

    List<AuditEvent> findByActionOrderByOccurredAtDesc(String action);
}
