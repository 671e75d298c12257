package app.kindred.questionnaire;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DraftAnswerRepository extends JpaRepository<DraftAnswer, DraftAnswer.Key> {

    @Query("select d from DraftAnswer d where d.key.invitationId = :invitationId")
    List<DraftAnswer> findByInvitation(long invitationId);

    @Modifying
    @Query("delete from DraftAnswer d where d.key.invitationId = :invitationId")
    void deleteByInvitation(long invitationId);
}
