package app.kindred.invitation;

public enum InvitationStatus {
    PENDING("Pending"),
    OPENED("Opened"),
    COMPLETED("Completed"),
    EXPIRED("Expired"),
    REVOKED("Revoked");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A live invitation's link still opens the questionnaire. */
    public boolean isLive() {
        return this == PENDING || this == OPENED;
    }
}
