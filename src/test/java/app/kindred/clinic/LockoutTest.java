package app.kindred.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.audit.AuditEvent;
import app.kindred.audit.AuditService;
import app.kindred.security.HttpSignIn;
import app.kindred.support.AppTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class LockoutTest {

    static final String PASSWORD = "a long and private sentence";

    @Autowired
    ClinicianService clinicians;

    @Autowired
    ClinicService clinics;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    HttpSignIn http;
    String username;
    long clinicId;

    @Autowired
    void setHttp(TestRestTemplate rest) {
        http = new HttpSignIn(rest);
    }

    @BeforeEach
    void newAccount() {
        username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        clinicId = clinics.findClinicByName("Test clinic").orElseThrow();
        clinicians.createAccount(clinicId, username, "Lock Test", PASSWORD, ClinicianRole.CLINICIAN, false);
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused_too() {
        for (int i = 1; i <= 5; i++) {
            assertRefused(http.postLogin(username, "wrong password " + i));
        }
        assertThat(failedSignIns()).isEqualTo(5);
        Instant lockedUntil = jdbc.queryForObject("select locked_until from clinician where username = ?",
                Timestamp.class, username).toInstant();
        assertThat(Duration.between(Instant.now(), lockedUntil)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));

        assertRefused(http.postLogin(username, PASSWORD));
        assertThat(jdbc.queryForObject("select locked_until from clinician where username = ?", Timestamp.class, username)
                .toInstant()).as("attempts during a lock do not extend it").isEqualTo(lockedUntil);
    }

    @Test
    void every_failure_is_audited_in_the_clinic_of_the_account() {
        for (int i = 1; i <= 5; i++) {
            http.postLogin(username, "wrong password " + i);
        }
        http.postLogin(username, PASSWORD);
        List<AuditEvent> failures = audit.eventsWithAction("SIGN_IN_FAILED").stream()
                .filter(e -> e.getActor().equals(username)).toList();
        assertThat(failures).hasSize(6).allSatisfy(e -> {
            assertThat(e.getClinicId()).isEqualTo(clinicId);
            assertThat(e.getSubjectType()).isEqualTo("CLINICIAN");
        });
        assertThat(failures).filteredOn(e -> e.getDetails().equals("right password (account locked)")).hasSize(1);
        assertThat(audit.eventsWithAction("ACCOUNT_LOCKED")).filteredOn(e -> e.getActor().equals(username)).hasSize(1);
    }

    @Test
    void an_unknown_username_gets_exactly_the_answer_of_a_wrong_password() {
        ResponseEntity<String> known = http.postLogin(username, "wrong password");
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> unknown = http.postLogin(stranger, "wrong password");
        for (int i = 1; i <= 5; i++) {
            http.postLogin(username, "wrong again " + i);
        }
        ResponseEntity<String> locked = http.postLogin(username, PASSWORD);

        for (ResponseEntity<String> response : List.of(unknown, locked)) {
            assertThat(response.getStatusCode()).isEqualTo(known.getStatusCode());
            assertThat(response.getHeaders().getLocation()).isEqualTo(known.getHeaders().getLocation());
            assertThat(response.getBody()).isEqualTo(known.getBody());
        }
        assertThat(audit.eventsWithAction("SIGN_IN_FAILED")).filteredOn(e -> e.getActor().equals(stranger))
                .singleElement().satisfies(e -> {
                    assertThat(e.getClinicId()).isNull();
                    assertThat(e.getDetails()).isEqualTo("unknown username");
                });
    }

    @Test
    void a_very_long_typed_username_is_audited_cut_to_the_column() {
        String typed = "x".repeat(300);
        assertRefused(http.postLogin(typed, "whatever it is"));
        assertThat(audit.eventsWithAction("SIGN_IN_FAILED")).anySatisfy(e -> assertThat(e.getActor()).isEqualTo("x".repeat(100)));
    }

    @Test
    void once_the_lock_has_run_out_the_right_password_signs_in_and_resets_the_count() {
        for (int i = 1; i <= 5; i++) {
            http.postLogin(username, "wrong password " + i);
        }
        // The lock ends at locked_until; move it into the past instead of waiting 15 minutes.
        jdbc.update("update clinician set locked_until = ? where username = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), username);
        ResponseEntity<String> response = http.postLogin(username, PASSWORD);
        assertThat(response.getHeaders().getLocation().getQuery()).isNull();
        assertThat(failedSignIns()).isZero();
    }

    @Test
    void a_successful_sign_in_resets_the_count() {
        http.postLogin(username, "wrong password 1");
        http.postLogin(username, "wrong password 2");
        assertThat(failedSignIns()).isEqualTo(2);
        http.postLogin(username, PASSWORD);
        assertThat(failedSignIns()).isZero();
    }

    private int failedSignIns() {
        return jdbc.queryForObject("select failed_sign_ins from clinician where username = ?", Integer.class, username);
    }

    private static void assertRefused(ResponseEntity<String> response) {
        assertThat(response.getHeaders().getLocation()).hasPath("/login").hasQuery("error");
    }
}
