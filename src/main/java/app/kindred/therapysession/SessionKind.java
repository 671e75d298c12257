package app.kindred.therapysession;

public enum SessionKind {
    INTAKE("Intake"),
    REGULAR("Regular"),
    CLOSING("Closing");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
