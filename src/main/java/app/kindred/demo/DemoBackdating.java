package app.kindred.demo;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services stamp everything with "now"; a lived-in demo needs the past. So the demo moves each
 * couple's invitation and response times to the evening after their session, in SQL, here only.
 */
@Component
class DemoBackdating {

    private final JdbcTemplate jdbc;

    DemoBackdating(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void backdate(long coupleId) {
        jdbc.update("update therapy_session set created_at = timestamp(session_date - interval 3 day, '09:00')"
                + " where couple_id = ?", coupleId);
        jdbc.update("update invitation i join therapy_session s on s.id = i.session_id set"
                + " i.created_at = timestamp(s.session_date - interval 2 day, '09:00'),"
                + " i.expires_at = greatest(i.expires_at, timestamp(s.session_date + interval 5 day, '09:00')),"
                + " i.opened_at = if(i.opened_at is null, null, timestamp(s.session_date - interval 1 day, '19:30')),"
                + " i.completed_at = if(i.completed_at is null, null, timestamp(s.session_date - interval 1 day, '19:40'))"
                + " where i.status in ('COMPLETED', 'REVOKED') and s.couple_id = ?", coupleId);
        jdbc.update("update response r join therapy_session s on s.id = r.session_id"
                + " set r.submitted_at = timestamp(s.session_date - interval 1 day, '19:40')"
                + " where s.couple_id = ?", coupleId);
    }
}
