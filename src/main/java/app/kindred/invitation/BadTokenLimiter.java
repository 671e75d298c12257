package app.kindred.invitation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of invitation links: at most {@value #MAX_FAILURES} unknown links per
 * address in any sliding minute, then nothing is looked up until the oldest failure is a minute
 * old. Memory is bounded: each address keeps at most {@value #MAX_FAILURES} times, and only the
 * {@value #MAX_ADDRESSES} most recently seen addresses are remembered.
 *
 * <p>The count lives in this node's memory: behind a load balancer with N nodes an address may
 * make up to N times as many attempts. With 256-bit tokens that still leaves guessing hopeless;
 * the limit is there to keep scanners from loading the database.
 */
@Component
class BadTokenLimiter {

    static final int MAX_FAILURES = 20;
    static final long WINDOW_MILLIS = 60_000;
    static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final Map<String, long[]> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    @Autowired
    BadTokenLimiter() {
        this(Clock.systemUTC());
    }

    BadTokenLimiter(Clock clock) {
        this.clock = clock;
    }

    /** True when this address used up its failed look-ups of the last minute. */
    synchronized boolean isBlocked(String address) {
        long[] times = failures.get(key(address));
        if (times == null) {
            return false;
        }
        long windowStart = clock.millis() - WINDOW_MILLIS;
        for (int i = 0; i < MAX_FAILURES; i++) {
            if (times[i] <= windowStart) {
                return false;
            }
        }
        return true;
    }

    synchronized void recordFailure(String address) {
        // A ring of the last MAX_FAILURES failure times (0 = unused, so old); the last slot is where the next goes.
        long[] times = failures.computeIfAbsent(key(address), a -> new long[MAX_FAILURES + 1]);
        int next = (int) times[MAX_FAILURES];
        times[next] = clock.millis();
        times[MAX_FAILURES] = (next + 1) % MAX_FAILURES;
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
