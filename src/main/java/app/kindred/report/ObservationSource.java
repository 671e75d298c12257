package app.kindred.report;

import java.util.List;

/**
 * Where the exports get a couple's observations. The report feature defines it so that it does
 * not have to know how observations are stored; the observation feature supplies the real one.
 * Until then {@link ReportConfig} provides one that has none.
 */
public interface ObservationSource {

    /**
     * Every observation of the couple with its addenda, in any order (exports sort them by time).
     * Called with the exporting user signed in; the couple has already been checked.
     */
    List<ReportObservation> observationsOf(long coupleId);
}
