package app.kindred.dashboard;

import app.kindred.Application;
import app.kindred.dashboard.CaseloadDataGenerator.Generated;
import app.kindred.questionnaire.InstrumentRegistry;
import app.kindred.questionnaire.Item;
import app.kindred.questionnaire.ResponseService;
import app.kindred.questionnaire.ScoringService;
import app.kindred.support.TestUsers;
import app.kindred.therapysession.TherapySessionService;
import app.kindred.invitation.InvitationService;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server time of the caseload's first page and of a 50-session couple workspace, on a clinic of
 * 10,000 couples and 100,000 sessions in the embedded MariaDB. Run with the command in
 * docs/PERFORMANCE.md; it prints medians and 95th percentiles.
 */
public final class CaseloadBenchmark {

    private static final int COUPLES = 10_000;
    private static final int SESSIONS_PER_COUPLE = 10;
    private static final int ROUNDS = 50;

    private CaseloadBenchmark() {
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        app.setDefaultProperties(Map.of("kindred.data-dir", "target/bench-data", "kindred.embedded-db.fresh", "true",
                "kindred.bootstrap.admin-password", "benchmark-admin-password", "server.port", "0",
                "logging.level.root", "warn"));
        try (ConfigurableApplicationContext context = app.run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            TestUsers users = new TestUsers(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class));
            long started = System.nanoTime();
            Generated clinic = new CaseloadDataGenerator(jdbc).generate("bench", COUPLES, SESSIONS_PER_COUPLE);
            long busyCouple = fiftySessionCouple(jdbc, clinic, context.getBean(InstrumentRegistry.class)
                    .current(ResponseService.INSTRUMENT_ID).items().stream().map(Item::code).toList());
            System.out.printf("Generated %,d couples, %,d sessions in %.1f s%n", COUPLES,
                    COUPLES * SESSIONS_PER_COUPLE + 50, (System.nanoTime() - started) / 1e9);

            CaseloadService caseload = context.getBean(CaseloadService.class);
            ScoringService scoring = context.getBean(ScoringService.class);
            TherapySessionService sessions = context.getBean(TherapySessionService.class);
            InvitationService invitations = context.getBean(InvitationService.class);
            String admin = clinic.adminUsername();
            report("Dashboard first page (KPIs + count + 50 rows, sorted by index)", users, admin, () -> {
                caseload.kpis();
                caseload.count(CaseloadFilter.none());
                return caseload.page(CaseloadFilter.none(), CaseloadSort.INDEX_A, false, 0, 50);
            });
            report("Couple workspace, 50 sessions (scores + sessions + invitations)", users, admin, () -> {
                scoring.scoresOfCouple(busyCouple, false);
                sessions.sessionsOf(busyCouple);
                return invitations.invitationsOfCouple(busyCouple);
            });
        }
        // exec:java waits for every non-daemon thread (the web server's, the database watcher's)
        // even after the context is closed; the figures are printed, so end here.
        System.exit(0);
    }

    private static void report(String what, TestUsers users, String username, Supplier<Object> work) {
        for (int i = 0; i < 20; i++) {
            users.as(username, work);
        }
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            users.as(username, work);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms, best %.1f ms%n", what, ms[ROUNDS / 2],
                ms[(int) (ROUNDS * 0.95) - 1], ms[0]);
    }

    /** One couple with 50 sessions, both partners answering each: what the workspace must render. */
    private static long fiftySessionCouple(JdbcTemplate jdbc, Generated clinic, List<String> codes) {
        long coupleId = jdbc.queryForObject("select id from couple where clinic_id = ? and reference = ?", Long.class,
                clinic.clinicId(), CaseloadDataGenerator.reference(1));
        jdbc.update("delete from therapy_session where couple_id = ?", coupleId);
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> partners = jdbc.queryForList("select id from partner where couple_id = ? order by label", Long.class, coupleId);
        SplittableRandom random = new SplittableRandom(11);
        for (int s = 1; s <= 50; s++) {
            jdbc.update("insert into therapy_session (couple_id, session_number, session_date, kind, created_at)"
                    + " values (?, ?, date_add('2024-01-01', interval ? week), 'REGULAR', ?)", coupleId, s, s, now);
            long sessionId = jdbc.queryForObject("select id from therapy_session where couple_id = ? and session_number = ?",
                    Long.class, coupleId, s);
            for (long partner : partners) {
                byte[] hash = new byte[32];
                random.nextBytes(hash);
                jdbc.update("insert into invitation (session_id, partner_id, token_hash, status, channel, expires_at, created_at)"
                        + " values (?, ?, ?, 'COMPLETED', 'LINK', ?, ?)", sessionId, partner, HexFormat.of().formatHex(hash), now, now);
                long invitationId = jdbc.queryForObject("select last_insert_id()", Long.class);
                jdbc.update("insert into response (invitation_id, session_id, partner_id, instrument_id, instrument_version,"
                        + " submitted_at, closeness) values (?, ?, ?, 'eic-22', 1, ?, ?)", invitationId, sessionId, partner, now,
                        random.nextInt(0, 11));
                long responseId = jdbc.queryForObject("select last_insert_id()", Long.class);
                List<Object[]> answers = new ArrayList<>();
                for (String code : codes) {
                    answers.add(new Object[] {responseId, code, random.nextInt(1, 8)});
                }
                jdbc.batchUpdate("insert into response_answer (response_id, item_code, item_value) values (?, ?, ?)", answers);
            }
        }
        return coupleId;
    }
}
