package app.kindred.questionnaire.scoring;

import app.kindred.questionnaire.Instrument;

/**
 * The change of one score between two assessments of the same partner, with its reliable change
 * index RCI = (x₂ − x₁) / (√2 · SD · √(1 − r)). SD and r describe the intimacy index, so the
 * classification is meaningful for the index; for halves and conditions read only the delta.
 *
 * @param from  the earlier unrounded score (x₁)
 * @param to    the later unrounded score (x₂)
 * @param delta x₂ − x₁
 */
public record Change(double from, double to, double delta, double rci, ChangeClass changeClass) {

    /** SD, r and the reliable-change threshold come from the instrument of the later assessment. */
    public static Change between(double from, double to, Instrument instrument) {
        double delta = to - from;
        double standardErrorOfDifference = Math.sqrt(2) * instrument.sd() * Math.sqrt(1 - instrument.reliability());
        double rci = delta / standardErrorOfDifference;
        return new Change(from, to, delta, rci, ChangeClass.of(rci, instrument.thresholds().reliableChange()));
    }

    /** E.g. "+33, RCI 4.06 (Reliably improved)": the same words on the screen and in the PDFs. */
    public String summary() {
        return Scores.signedWhole(delta) + ", RCI " + Scores.twoDecimals(rci) + " (" + changeClass.label() + ")";
    }
}
