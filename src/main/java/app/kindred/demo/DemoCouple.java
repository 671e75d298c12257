package app.kindred.demo;

/**
 * One scripted couple of the demo clinic: who they are and how their answers move. Levels are
 * condition scores (0–100) at the first session; the trend is added per session.
 */
record DemoCouple(String nameA, String emailA, String pronounsA, String nameB, String emailB, String pronounsB,
        boolean withSecondClinician, int sessions, Profile a, Profile b, boolean lastSessionPending) {

    /** How one partner answers: what they see their partner offering, their own openness, drift per session. */
    record Profile(double partnerLevel, double selfLevel, double trendPerSession, double lastSessionDrop) {

        Profile(double partnerLevel, double selfLevel, double trendPerSession) {
            this(partnerLevel, selfLevel, trendPerSession, 0);
        }
    }
}
