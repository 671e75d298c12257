package app.kindred.couple;

/** Which of the two partners: stable even when names change, and the pseudonym in exports. */
public enum PartnerLabel {
    A, B;

    public String pseudonym() {
        return "Partner " + name();
    }
}
