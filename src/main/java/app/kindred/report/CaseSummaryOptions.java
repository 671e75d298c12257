package app.kindred.report;

/**
 * Which sessions a case summary covers, by session number (both inclusive; {@code null} means from
 * the first or to the last), and whether partners are named.
 */
public record CaseSummaryOptions(Integer fromSession, Integer toSession, boolean pseudonymised) {

    public CaseSummaryOptions {
        if (fromSession != null && toSession != null && fromSession > toSession) {
            throw new IllegalArgumentException("The first session must not come after the last one.");
        }
    }

    public static CaseSummaryOptions allSessions(boolean pseudonymised) {
        return new CaseSummaryOptions(null, null, pseudonymised);
    }
}
