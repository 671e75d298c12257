package app.kindred.report.pdf;

import app.kindred.questionnaire.scoring.Flag;
import app.kindred.report.ClinicOverviewData;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The first document of a clinic report: the caseload of the period at a glance. */
final class OverviewLayout {

    private OverviewLayout() {
    }

    static String title(ClinicOverviewData data) {
        return "Clinic report overview";
    }

    static void write(PageFlow flow, ClinicOverviewData data) throws IOException {
        Blocks.title(flow, "Clinic report — " + data.header().clinic());
        Map<String, String> facts = new LinkedHashMap<>(Blocks.headerFacts(data.header()));
        facts.put("Clinicians", data.clinicianScope());
        Blocks.facts(flow, facts);
        Blocks.heading(flow, "Summary", 40);
        Blocks.bullet(flow, "Couples with sessions in the period: " + data.rows().size());
        Blocks.bullet(flow, "Assessments completed in the period: " + data.assessments());
        Blocks.bullet(flow, "Couples with flags: " + data.couplesFlagged());
        Blocks.bullet(flow, "Couples of the caseload without a session in the period: " + data.couplesWithoutSessions());
        caseload(flow, data.rows());
        flagged(flow, data.rows());
    }

    private static void caseload(PageFlow flow, List<ClinicOverviewData.Row> rows) throws IOException {
        Blocks.heading(flow, "Caseload", 50);
        if (rows.isEmpty()) {
            Blocks.body(flow, "No couple had a session in this period.");
            return;
        }
        Table table = new Table(flow, List.of(
                new Table.Column("Couple", 1.6f, false),
                new Table.Column("Partners", 4f, false),
                new Table.Column("Clinician", 2.6f, false),
                new Table.Column("Status", 1.4f, false),
                new Table.Column("Sessions", 1.4f, true),
                new Table.Column("Assessments", 1.6f, true),
                new Table.Column("Index A", 1.2f, true),
                new Table.Column("Index B", 1.2f, true),
                new Table.Column("Flags", 1f, true)), List.of()).begin();
        for (ClinicOverviewData.Row row : rows) {
            table.row(List.of(row.reference(), row.partners(), row.clinician(), row.status().label(),
                    String.valueOf(row.sessions()), String.valueOf(row.assessments()), Fmt.score(row.latestIndexA()),
                    Fmt.score(row.latestIndexB()), String.valueOf(row.flags().size())));
        }
        table.end();
        Blocks.note(flow, "Sessions and assessments are those dated in the period; Index A and B are each partner's "
                + "last index in the period; flags as they stood at the couple's last session of the period.");
    }

    private static void flagged(PageFlow flow, List<ClinicOverviewData.Row> rows) throws IOException {
        Blocks.heading(flow, "Couples with flags", 30);
        List<ClinicOverviewData.Row> flagged = rows.stream().filter(r -> !r.flags().isEmpty()).toList();
        if (flagged.isEmpty()) {
            Blocks.body(flow, "No couple is flagged.");
            return;
        }
        for (ClinicOverviewData.Row row : flagged) {
            flow.ensure(PageFlow.leading(Blocks.BODY) * 2);
            flow.paragraph(row.reference() + " · " + row.partners(), flow.fonts.bold, Blocks.BODY, flow.left(),
                    PageFlow.TEXT);
            for (Flag flag : row.flags()) {
                Blocks.bullet(flow, flag.reason());
            }
            flow.down(4);
        }
    }
}
