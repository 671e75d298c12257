package app.kindred.questionnaire;

/** The two halves that intimacy needs; each {@link Condition} belongs to exactly one. */
public enum Half {

    PARTNER("What my partner offers"),
    SELF("My own openness");

    private final String label;

    Half(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
