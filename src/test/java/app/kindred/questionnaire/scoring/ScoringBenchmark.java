package app.kindred.questionnaire.scoring;

import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.InstrumentRegistry;
import app.kindred.questionnaire.Item;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Scores 100,000 varied eic-22 responses over and over, after a warm-up, and prints the time per
 * 100,000, responses per second and bytes allocated per response. Target: under 100 ms per 100,000
 * on the 2-core machine. Run with {@code mvn -q test-compile exec:java}.
 */
public final class ScoringBenchmark {

    private static final int RESPONSES = 100_000;
    private static final int WARM_UP_ROUNDS = 15;
    private static final int MEASURED_ROUNDS = 20;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        Instrument instrument = InstrumentRegistry.loadDefault().current("eic-22");
        Answers[] responses = responses(instrument);
        // Kept in an array, as a dashboard keeps its rows, so the JIT cannot optimise the scoring away.
        PartnerScores[] results = new PartnerScores[RESPONSES];
        Scorer scorer = new Scorer();

        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            scoreAll(scorer, instrument, responses, results);
        }

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double[] millis = new double[MEASURED_ROUNDS];
        double[] cpuMillis = new double[MEASURED_ROUNDS];
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        double checksum = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            scoreAll(scorer, instrument, responses, results);
            millis[round] = (System.nanoTime() - start) / 1e6;
            cpuMillis[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            checksum += results[round].index();
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        double median = millis[MEASURED_ROUNDS / 2];
        System.out.printf("eic-22 scoring, %,d responses per round, %d warm-up + %d measured rounds%n",
                RESPONSES, WARM_UP_ROUNDS, MEASURED_ROUNDS);
        System.out.printf("wall ms per 100,000 responses: median %.1f, best %.1f, worst %.1f%n",
                median, millis[0], millis[MEASURED_ROUNDS - 1]);
        // CPU time of the scoring thread alone: what is left when other processes share the 2 cores.
        System.out.printf("thread CPU ms per 100,000 responses: median %.1f, best %.1f%n",
                cpuMillis[MEASURED_ROUNDS / 2], cpuMillis[0]);
        System.out.printf("responses per second (median wall): %,.0f%n", RESPONSES / (median / 1000));
        System.out.printf("bytes allocated per response: %.1f%n", (double) allocated / ((long) RESPONSES * MEASURED_ROUNDS));
        System.out.printf("(checksum %.3f)%n", checksum);
    }

    private static void scoreAll(Scorer scorer, Instrument instrument, Answers[] responses, PartnerScores[] results) {
        for (int i = 0; i < responses.length; i++) {
            results[i] = scorer.score(instrument, responses[i]);
        }
    }

    /**
     * Random but valid answers. The map keys are copies of the item codes, shared by all responses,
     * as answers read back from the database arrive: equal to the instrument's codes, not the same
     * String objects, so every lookup compares characters.
     */
    private static Answers[] responses(Instrument instrument) {
        List<Item> items = instrument.items();
        String[] keys = items.stream().map(item -> new String(item.code())).toArray(String[]::new);
        SplittableRandom random = new SplittableRandom(42);
        Answers[] responses = new Answers[RESPONSES];
        for (int r = 0; r < RESPONSES; r++) {
            Map<String, Integer> values = new HashMap<>();
            for (String key : keys) {
                values.put(key, random.nextInt(1, 8));
            }
            responses[r] = new Answers(values, random.nextInt(0, 11));
        }
        return responses;
    }
}
