package app.kindred.report.pdf;

import app.kindred.report.ReportHeader;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The pieces every document shares: title, header facts, headings, notes and the signature line. */
final class Blocks {

    static final float BODY = 9.5f;
    static final float SMALL = 8f;

    private Blocks() {
    }

    static void title(PageFlow flow, String title) throws IOException {
        flow.paragraph(title, flow.fonts.bold, 17, flow.left(), PageFlow.TEXT);
        flow.down(4);
    }

    /** Label–value lines, values wrapping under themselves. */
    static void facts(PageFlow flow, Map<String, String> facts) throws IOException {
        float valueX = flow.left() + 78;
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            List<String> lines = TextWrap.lines(flow.fonts.printable(fact.getValue()), flow.fonts.regular, BODY,
                    flow.right() - valueX);
            float leading = PageFlow.leading(BODY);
            flow.ensure(leading * lines.size());
            float baseline = flow.y() - PageFlow.ascent(BODY);
            flow.text(fact.getKey(), flow.fonts.bold, BODY, flow.left(), baseline, PageFlow.MUTED);
            for (String line : lines) {
                flow.text(line, flow.fonts.regular, BODY, valueX, baseline, PageFlow.TEXT);
                baseline -= leading;
            }
            flow.down(leading * lines.size());
        }
        flow.down(6);
    }

    static Map<String, String> headerFacts(ReportHeader header) {
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put("Clinic", header.clinic());
        if (header.clinician() != null) {
            facts.put("Clinician", header.clinician());
        }
        if (header.reference() != null) {
            facts.put("Couple", header.reference() + (header.partners() == null ? "" : " · " + header.partners()));
        }
        facts.put("Period", header.period());
        facts.put("Generated", Fmt.dateTime(header.generatedAt().toInstant(), header.generatedAt().getZone())
                + " (" + header.generatedAt().getZone().getId() + ")");
        if (header.pseudonymised()) {
            facts.put("Pseudonymised", "Partners are named Partner A and Partner B; contact details are left out.");
        }
        return facts;
    }

    /** A section heading, kept on the same page as at least {@code keepWith} points of what follows. */
    static void heading(PageFlow flow, String text, float keepWith) throws IOException {
        flow.down(6);
        flow.ensure(PageFlow.leading(12) + keepWith);
        flow.line(flow.fonts.printable(text), flow.fonts.bold, 12, flow.left(), PageFlow.TEXT);
        flow.down(2);
    }

    static void note(PageFlow flow, String text) throws IOException {
        flow.paragraph(text, flow.fonts.regular, SMALL, flow.left(), PageFlow.MUTED);
        flow.down(4);
    }

    static void body(PageFlow flow, String text) throws IOException {
        flow.paragraph(text, flow.fonts.regular, BODY, flow.left(), PageFlow.TEXT);
    }

    static void bullet(PageFlow flow, String text) throws IOException {
        List<String> lines = TextWrap.lines(flow.fonts.printable(text), flow.fonts.regular, BODY,
                flow.width() - 12);
        for (int i = 0; i < lines.size(); i++) {
            flow.ensure(PageFlow.leading(BODY));
            if (i == 0) {
                flow.text("•", flow.fonts.regular, BODY, flow.left() + 2, flow.y() - PageFlow.ascent(BODY), PageFlow.TEXT);
            }
            flow.line(lines.get(i), flow.fonts.regular, BODY, flow.left() + 12, PageFlow.TEXT);
        }
    }

    /** Lines to sign and date by hand, with the clinician's name under them, kept together on one page. */
    static void signature(PageFlow flow, String clinician) throws IOException {
        List<String> name = clinician == null ? List.of()
                : TextWrap.lines(flow.fonts.printable(clinician), flow.fonts.regular, SMALL, 220);
        float leading = PageFlow.leading(SMALL);
        flow.down(14);
        flow.ensure(31 + leading * (1 + name.size()));
        flow.down(28);
        flow.rule(flow.left(), flow.y(), flow.left() + 220, flow.y(), 0.6f, PageFlow.TEXT);
        flow.rule(flow.left() + 260, flow.y(), flow.left() + 380, flow.y(), 0.6f, PageFlow.TEXT);
        flow.down(3);
        flow.text("Date", flow.fonts.regular, SMALL, flow.left() + 260, flow.y() - PageFlow.ascent(SMALL), PageFlow.MUTED);
        flow.line("Signature", flow.fonts.regular, SMALL, flow.left(), PageFlow.MUTED);
        for (String line : name) {
            flow.line(line, flow.fonts.regular, SMALL, flow.left(), PageFlow.TEXT);
        }
    }
}
