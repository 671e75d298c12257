package app.kindred.questionnaire.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where scores are rounded for people, and where unrounded scores are compared
 * with thresholds.
 *
 * <p>Why snap to 9 decimals first: scores are computed in binary floating point, so a value that
 * is exactly 62.5 or exactly 45 by hand may arrive as 62.49999999999999 or 45.00000000000001.
 * Every exact eic-22 score is a multiple of 100/720 (six and five conditions of two items on a
 * 1–7 scale), so distinct exact values lie at least 0.13 apart and anything within 1e-9 of a
 * boundary is that boundary, rounding error aside. Snapping therefore restores the hand result
 * and can never move a genuinely different score across a boundary.
 */
public final class Scores {

    private static final int SNAP_DECIMALS = 9;
    private static final double TOLERANCE = 1e-9;

    private Scores() {
    }

    /**
     * Half-up to a whole number, the way a person rounds by hand: 62.5 → 63, 49.5 → 50,
     * 33.333 → 33. Negative changes round away from zero (−12.5 → −13) so that a fall and a rise
     * of the same size show the same number.
     */
    public static int round(double value) {
        return round(value, 0).intValueExact();
    }

    /** Half-up to {@code decimals} places, e.g. an RCI shown as 2.43. */
    public static BigDecimal round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Cannot round " + value);
        }
        return new BigDecimal(value)
                .setScale(SNAP_DECIMALS, RoundingMode.HALF_EVEN)
                .setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A change as people read it: "+33", "−24" (a true minus sign), "0". */
    public static String signedWhole(double delta) {
        int rounded = round(delta);
        return rounded > 0 ? "+" + rounded : rounded < 0 ? "\u2212" + -rounded : "0";
    }

    /** An RCI with two decimals and a true minus sign: "4.06", "−2.89". */
    public static String twoDecimals(double value) {
        return round(value, 2).toPlainString().replace('-', '\u2212');
    }

    /** {@code value ≥ threshold}, on unrounded values but immune to binary rounding error. */
    static boolean atLeast(double value, double threshold) {
        return value >= threshold - TOLERANCE;
    }

    /** {@code value ≤ threshold}, on unrounded values but immune to binary rounding error. */
    static boolean atMost(double value, double threshold) {
        return value <= threshold + TOLERANCE;
    }
}
