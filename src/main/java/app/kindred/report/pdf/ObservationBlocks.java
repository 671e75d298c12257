package app.kindred.report.pdf;

import app.kindred.report.ReportObservation;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

/**
 * Observations as the clinical record needs them: when, which session and who on one line, the
 * text flowing across pages as long as it is, whether and by whom it was signed, and the addenda
 * indented under the observation they correct.
 */
final class ObservationBlocks {

    private static final float INDENT = 18;

    private ObservationBlocks() {
    }

    static void write(PageFlow flow, List<ReportObservation> observations, ZoneId zone, String noneText)
            throws IOException {
        if (observations.isEmpty()) {
            Blocks.body(flow, noneText);
            return;
        }
        for (ReportObservation observation : observations) {
            one(flow, observation, zone, 0, "");
            for (ReportObservation addendum : observation.addenda()) {
                one(flow, addendum, zone, INDENT, "Addendum · ");
            }
            flow.down(8);
        }
    }

    private static void one(PageFlow flow, ReportObservation observation, ZoneId zone, float indent, String kind)
            throws IOException {
        String session = observation.sessionNumber() == null ? "" : " · Session " + observation.sessionNumber();
        String author = observation.author().isBlank() ? "" : " · " + observation.author();
        float x = flow.left() + indent;
        // The heading never stays alone at the bottom of a page: it keeps two lines of text with it.
        flow.ensure(PageFlow.leading(Blocks.BODY) * 3);
        flow.paragraph(kind + Fmt.dateTime(observation.createdAt(), zone) + session + author, flow.fonts.bold,
                Blocks.BODY, x, PageFlow.TEXT);
        flow.paragraph(observation.text(), flow.fonts.regular, Blocks.BODY, x, PageFlow.TEXT);
        String signature = observation.signed()
                ? "Signed" + (observation.signedBy() == null ? "" : " by " + observation.signedBy()) + " on "
                        + Fmt.dateTime(observation.signedAt(), zone)
                : "Not signed";
        flow.paragraph(signature, flow.fonts.regular, Blocks.SMALL, x, PageFlow.MUTED);
        flow.down(4);
    }
}
