package app.kindred.dashboard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoupleScoreSnapshotRepository extends JpaRepository<CoupleScoreSnapshot, Long> {

    @Query(value = "select c.id from couple c left join couple_score_snapshot s on s.couple_id = c.id"
            + " where s.couple_id is null", nativeQuery = true)
    List<Long> couplesWithoutSnapshot();
}
