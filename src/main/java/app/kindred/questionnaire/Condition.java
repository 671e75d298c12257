package app.kindred.questionnaire;

/**
 * The eleven conditions for emotional intimacy that eic-22 measures. The declaration order is the
 * order of every table, chart and PDF, and scoring indexes arrays by {@link #ordinal()}: append new
 * conditions, never reorder.
 */
public enum Condition {

    KINDNESS(Half.PARTNER, "Kindness"),
    RESPECT(Half.PARTNER, "Respect"),
    ATTENTIVENESS(Half.PARTNER, "Attentiveness"),
    RESPONSIVENESS(Half.PARTNER, "Responsiveness"),
    EMPATHY(Half.PARTNER, "Empathy"),
    PATIENCE(Half.PARTNER, "Patience"),
    SELF_ACCEPTANCE(Half.SELF, "Self-acceptance"),
    WORTHINESS(Half.SELF, "Worthiness"),
    CLARITY(Half.SELF, "Clarity"),
    VULNERABILITY(Half.SELF, "Vulnerability"),
    TRUST(Half.SELF, "Trust");

    /** Lets hot loops size arrays without the copy that {@code values()} makes on every call. */
    public static final int COUNT = values().length;

    private final Half half;
    private final String label;

    Condition(Half half, String label) {
        this.half = half;
        this.label = label;
    }

    public Half half() {
        return half;
    }

    public String label() {
        return label;
    }
}
