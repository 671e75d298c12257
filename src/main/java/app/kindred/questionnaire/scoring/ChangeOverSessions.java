package app.kindred.questionnaire.scoring;

import app.kindred.questionnaire.Instrument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Δ to the previous and to the baseline assessment, with RCI, for one partner's series. */
public final class ChangeOverSessions {

    private ChangeOverSessions() {
    }

    /**
     * @param chronological one partner's completed assessments, oldest first
     * @param instrument    the instrument whose SD, r and threshold apply (the latest one answered)
     */
    public static List<Progress> ofIndex(List<PartnerScores> chronological, Instrument instrument) {
        return of(chronological, PartnerScores::index, instrument);
    }

    /** As {@link #ofIndex}, for another measure such as a half or a condition: read its deltas. */
    public static List<Progress> of(List<PartnerScores> chronological, ToDoubleFunction<PartnerScores> measure,
            Instrument instrument) {
        List<Progress> series = new ArrayList<>(chronological.size());
        double baseline = Double.NaN;
        double previous = Double.NaN;
        for (int i = 0; i < chronological.size(); i++) {
            double value = measure.applyAsDouble(chronological.get(i));
            if (i == 0) {
                baseline = value;
                series.add(new Progress(value, Optional.empty(), Optional.empty()));
            } else {
                series.add(new Progress(value,
                        Optional.of(Change.between(previous, value, instrument)),
                        Optional.of(Change.between(baseline, value, instrument))));
            }
            previous = value;
        }
        return List.copyOf(series);
    }
}
