package app.kindred.questionnaire.scoring;

/** The clinical flags of DESIGN.md, most urgent first; flags are listed in this order. */
public enum FlagType {

    RELIABLE_DETERIORATION("Reliable deterioration"),
    PARTNER_GAP("Partner gap"),
    OPENNESS_BARRIER("Openness barrier"),
    LOW_CONDITION("Low condition");

    private final String label;

    FlagType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
