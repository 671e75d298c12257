package app.kindred.questionnaire;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DraftAnswerRepository extends JpaRepository<DraftAnswer, DraftAnswer.Key> {

    @Query("select d from DraftAnswer d where d.key.invitationId = :invitationId")
    List<DraftAnswer> findByInvitation(long invitationId);

    /**
     * Insert or replace in one statement: a double tap that saves the same answer twice at once
     * cannot fail on the primary key, and the common case costs one round trip.
     */
    @Modifying
    @Query(value = """
            insert into draft_answer (invitation_id, item_code, item_value, answered_at)
            values (:invitationId, :itemCode, :value, :answeredAt)
            on duplicate key update item_value = values(item_value), answered_at = values(answered_at)""",
            nativeQuery = true)
    void upsert(long invitationId, String itemCode, int value, Instant answeredAt);

    @Modifying
    @Query(value = "update draft_answer set invitation_id = :to where invitation_id = :from", nativeQuery = true)
    int moveAll(long from, long to);

    @Modifying
    @Query("delete from DraftAnswer d where d.key.invitationId = :invitationId")
    void deleteByInvitation(long invitationId);
}
