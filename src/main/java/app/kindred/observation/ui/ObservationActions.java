package app.kindred.observation.ui;

import app.kindred.observation.ObservationSummary;
import java.io.Serializable;

/** What a card's buttons ask the panel to do; the panel owns the dialogs and the refresh. */
interface ObservationActions extends Serializable {

    void edit(ObservationSummary observation);

    void history(ObservationSummary observation);

    void sign(ObservationSummary observation);

    void addAddendum(ObservationSummary observation);
}
