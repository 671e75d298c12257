package app.kindred.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a fresh clinic with many couples straight through SQL, for the caseload query tests and
 * the dashboard benchmark. The rules that decide status and flags are public so tests can compute
 * what to expect.
 */
public final class CaseloadDataGenerator {

    public record Generated(long clinicId, String adminUsername, List<String> clinicianUsernames, int couples) {
    }

    private final JdbcTemplate jdbc;

    public CaseloadDataGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String status(int n) {
        return n % 11 == 0 ? "CLOSED" : n % 7 == 0 ? "PAUSED" : "ACTIVE";
    }

    public static boolean flagged(int n) {
        return n % 5 == 0;
    }

    public static String reference(int n) {
        return "C-%05d".formatted(n);
    }

    public static String partnerA(int n) {
        return "Robin %05d".formatted(n);
    }

    /** Couples 1..count, alternating between two clinicians, each with {@code sessionsPerCouple} sessions. */
    public Generated generate(String tag, int count, int sessionsPerCouple) {
        Instant now = Instant.now();
        jdbc.update("insert into clinic (name, timezone, created_at) values (?, 'UTC', ?)", "Load clinic " + tag,
                Timestamp.from(now));
        long clinicId = jdbc.queryForObject("select id from clinic where name = ?", Long.class, "Load clinic " + tag);
        String admin = "load-admin-" + tag;
        List<String> names = List.of("load-one-" + tag, "load-two-" + tag);
        List<Long> clinicianIds = new ArrayList<>();
        insertClinician(clinicId, admin, "CLINIC_ADMIN", now);
        for (String name : names) {
            clinicianIds.add(insertClinician(clinicId, name, "CLINICIAN", now));
        }
        SplittableRandom random = new SplittableRandom(7);
        LocalDate start = LocalDate.of(2025, 1, 6);
        List<Object[]> couples = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            couples.add(new Object[] {clinicId, clinicianIds.get(n % 2), reference(n), status(n), Date.valueOf(start),
                    Timestamp.from(now)});
        }
        jdbc.batchUpdate("insert into couple (clinic_id, clinician_id, reference, status, started_on, created_at)"
                + " values (?, ?, ?, ?, ?, ?)", couples);
        jdbc.update("insert into partner (couple_id, label, display_name) select id, 'A', concat('Robin ', substring(reference, 3))"
                + " from couple where clinic_id = ?", clinicId);
        jdbc.update("insert into partner (couple_id, label, display_name) select id, 'B', concat('Kai ', substring(reference, 3))"
                + " from couple where clinic_id = ?", clinicId);
        for (int s = 1; s <= sessionsPerCouple; s++) {
            jdbc.update("insert into therapy_session (couple_id, session_number, session_date, kind, created_at)"
                    + " select id, ?, date_add(started_on, interval ? week), 'REGULAR', ? from couple where clinic_id = ?",
                    s, 2 * (s - 1), Timestamp.from(now), clinicId);
        }
        List<Object[]> snapshots = new ArrayList<>();
        List<Long> ids = jdbc.queryForList("select id from couple where clinic_id = ? order by reference", Long.class, clinicId);
        for (int n = 1; n <= ids.size(); n++) {
            boolean flag = flagged(n);
            snapshots.add(new Object[] {ids.get(n - 1), random.nextDouble(20, 90), random.nextDouble(20, 90),
                    random.nextDouble(20, 90), random.nextDouble(20, 90), flag ? 1 : 0, flag ? "PARTNER_GAP" : "",
                    flag ? "Partner gap: " + partnerA(n) + " vs Kai on the index" : "", Timestamp.from(now)});
        }
        jdbc.batchUpdate("insert into couple_score_snapshot (couple_id, index_a, prev_index_a, index_b, prev_index_b,"
                + " flag_count, flag_types, flag_reasons, refreshed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", snapshots);
        return new Generated(clinicId, admin, names, count);
    }

    private long insertClinician(long clinicId, String username, String role, Instant now) {
        jdbc.update("insert into clinician (clinic_id, username, display_name, password_hash, role, created_at)"
                + " values (?, ?, ?, '{bcrypt}not-a-usable-hash', ?, ?)", clinicId, username, username, role, Timestamp.from(now));
        return jdbc.queryForObject("select id from clinician where username = ?", Long.class, username);
    }
}
