package app.kindred.questionnaire;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponseRepository extends JpaRepository<Response, Long> {

    boolean existsByInvitationId(Long invitationId);

    @EntityGraph(attributePaths = "answers")
    List<Response> findBySessionIdIn(Collection<Long> sessionIds);

    @EntityGraph(attributePaths = "answers")
    List<Response> findByPartnerIdInOrderBySubmittedAt(Collection<Long> partnerIds);
}
