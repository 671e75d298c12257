package app.kindred.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BadTokenLimiterTest {

    MovableClock clock = new MovableClock();
    BadTokenLimiter limiter = new BadTokenLimiter(clock);

    @Test
    void twenty_failures_in_a_minute_block_the_address_and_no_other() {
        for (int i = 0; i < 19; i++) {
            limiter.recordFailure("203.0.113.1");
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(limiter.isBlocked("203.0.113.1")).isFalse();

        limiter.recordFailure("203.0.113.1");

        assertThat(limiter.isBlocked("203.0.113.1")).isTrue();
        assertThat(limiter.isBlocked("203.0.113.2")).isFalse();
    }

    @Test
    void the_window_slides_so_the_address_is_let_in_again_once_its_oldest_failure_is_a_minute_old() {
        limiter.recordFailure("203.0.113.1");
        clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 19; i++) {
            limiter.recordFailure("203.0.113.1");
        }
        assertThat(limiter.isBlocked("203.0.113.1")).isTrue();

        clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.isBlocked("203.0.113.1")).isFalse();

        limiter.recordFailure("203.0.113.1");
        assertThat(limiter.isBlocked("203.0.113.1")).isTrue();
    }

    @Test
    void memory_stays_bounded_by_forgetting_the_least_recently_seen_addresses() {
        for (int i = 0; i < 20; i++) {
            limiter.recordFailure("first");
        }
        for (int i = 0; i < BadTokenLimiter.MAX_ADDRESSES; i++) {
            limiter.recordFailure("address-" + i);
        }

        assertThat(limiter.isBlocked("first")).isFalse();
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
