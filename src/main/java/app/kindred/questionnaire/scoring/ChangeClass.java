package app.kindred.questionnaire.scoring;

/** Whether a change is larger than measurement error alone would explain (Jacobson &amp; Truax). */
public enum ChangeClass {

    RELIABLY_IMPROVED("Reliably improved"),
    NO_RELIABLE_CHANGE("No reliable change"),
    RELIABLY_DETERIORATED("Reliably deteriorated");

    private final String label;

    ChangeClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** |RCI| ≥ threshold counts as reliable; the threshold comes from the instrument file. */
    static ChangeClass of(double rci, double threshold) {
        if (Scores.atLeast(rci, threshold)) {
            return RELIABLY_IMPROVED;
        }
        if (Scores.atMost(rci, -threshold)) {
            return RELIABLY_DETERIORATED;
        }
        return NO_RELIABLE_CHANGE;
    }
}
