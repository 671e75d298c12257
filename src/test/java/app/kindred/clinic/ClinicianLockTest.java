package app.kindred.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClinicianLockTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Duration LOCK = Duration.ofMinutes(15);

    final Clinician clinician = new Clinician(1L, "ana", "Ana", "{bcrypt}x", ClinicianRole.CLINICIAN, T0);

    @Test
    void the_fifth_failure_in_a_row_locks_for_fifteen_minutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(clinician.recordFailedSignIn(T0.plusSeconds(i), 5, LOCK)).isFalse();
            assertThat(clinician.isLockedAt(T0.plusSeconds(i))).isFalse();
        }
        assertThat(clinician.recordFailedSignIn(T0.plusSeconds(5), 5, LOCK)).isTrue();
        assertThat(clinician.getLockedUntil()).isEqualTo(T0.plusSeconds(5).plus(LOCK));
        assertThat(clinician.isLockedAt(T0.plusSeconds(5).plus(LOCK).minusMillis(1))).isTrue();
        assertThat(clinician.isLockedAt(T0.plusSeconds(5).plus(LOCK))).isFalse();
    }

    @Test
    void a_lock_that_ran_out_starts_a_new_count() {
        for (int i = 1; i <= 5; i++) {
            clinician.recordFailedSignIn(T0, 5, LOCK);
        }
        Instant later = T0.plus(LOCK).plusSeconds(1);
        assertThat(clinician.recordFailedSignIn(later, 5, LOCK)).isFalse();
        assertThat(clinician.getFailedSignIns()).isEqualTo(1);
        assertThat(clinician.isLockedAt(later)).isFalse();
    }

    @Test
    void a_complete_sign_in_resets_the_count() {
        clinician.recordFailedSignIn(T0, 5, LOCK);
        clinician.recordFailedSignIn(T0, 5, LOCK);
        clinician.recordSuccessfulSignIn();
        assertThat(clinician.getFailedSignIns()).isZero();
        assertThat(clinician.getLockedUntil()).isNull();
    }
}
