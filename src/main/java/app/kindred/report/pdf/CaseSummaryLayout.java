package app.kindred.report.pdf;

import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.Half;
import app.kindred.questionnaire.SessionScores;
import app.kindred.questionnaire.scoring.PartnerScores;
import app.kindred.questionnaire.scoring.Scores;
import app.kindred.report.CaseSummaryData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The case summary of one couple over the chosen sessions, in the order a reader needs it. */
final class CaseSummaryLayout {

    private CaseSummaryLayout() {
    }

    static String title(CaseSummaryData data) {
        return "Case summary " + data.header().reference();
    }

    static void write(PageFlow flow, CaseSummaryData data) throws IOException {
        CoupleScores scores = data.scores();
        Blocks.title(flow, "Case summary — " + data.header().reference());
        Blocks.facts(flow, Blocks.headerFacts(data.header()));
        Blocks.note(flow, Sections.instrumentNote(scores.instrument()));
        sessions(flow, data);
        chart(flow, data);
        Blocks.heading(flow, "Latest scores against baseline", 60);
        Sections.latestAgainstBaseline(flow, scores, label -> data.baseline(label), label -> data.latest(label));
        Blocks.heading(flow, "Flags", 20);
        Sections.flags(flow, data.flags());
        Blocks.heading(flow, "Observations", 40);
        ObservationBlocks.write(flow, data.observations(), data.header().generatedAt().getZone(),
                "No observations for this period.");
        Blocks.signature(flow, data.header().clinician());
    }

    private static void sessions(PageFlow flow, CaseSummaryData data) throws IOException {
        Blocks.heading(flow, "Sessions", 50);
        List<SessionScores> sessions = data.sessions();
        if (sessions.isEmpty()) {
            Blocks.body(flow, "No sessions in this period.");
            return;
        }
        CoupleScores scores = data.scores();
        List<Table.Column> columns = new ArrayList<>(List.of(
                new Table.Column("Session", 1.2f, false), new Table.Column("Date", 2.3f, false),
                new Table.Column("Kind", 1.5f, false)));
        for (int i = 0; i < 2; i++) {
            columns.add(new Table.Column("Index", 1f, true));
            columns.add(new Table.Column("PARTNER", 1.4f, true));
            columns.add(new Table.Column("SELF", 0.9f, true));
            columns.add(new Table.Column("Closeness", 1.6f, true));
        }
        columns.add(new Table.Column("Couple index", 1.2f, true));
        Table table = new Table(flow, columns, List.of(new Table.Group("", 3),
                new Table.Group(scores.nameA(), 4), new Table.Group(scores.nameB(), 4), new Table.Group("", 1))).begin();
        for (SessionScores session : sessions) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(session.session().number()),
                    Fmt.date(session.session().date()), session.session().kind().label()));
            addPartner(cells, session.a());
            addPartner(cells, session.b());
            cells.add(Fmt.score(session.comparison().coupleIndex()));
            table.row(cells);
        }
        table.end();
        Blocks.note(flow, "Index, PARTNER (what my partner offers) and SELF (my own openness) are 0–100; closeness "
                + "is the partner's own rating from 0 to 10. — means no answers for that session.");
    }

    private static void addPartner(List<String> cells, PartnerScores scores) {
        if (scores == null) {
            cells.addAll(List.of(Fmt.NONE, Fmt.NONE, Fmt.NONE, Fmt.NONE));
            return;
        }
        cells.add(Fmt.score(scores.index()));
        cells.add(Fmt.score(scores.half(Half.PARTNER)));
        cells.add(Fmt.score(scores.half(Half.SELF)));
        cells.add(Fmt.closeness(scores.closeness()));
    }

    private static void chart(PageFlow flow, CaseSummaryData data) throws IOException {
        Blocks.heading(flow, "Intimacy index over the sessions", 200);
        List<SessionScores> sessions = data.sessions();
        if (sessions.stream().noneMatch(SessionScores::anyResponse)) {
            Blocks.body(flow, "No answers in this period yet: the chart appears once a partner has answered.");
            return;
        }
        List<String> labels = sessions.stream().map(s -> "S" + s.session().number()).toList();
        CoupleScores scores = data.scores();
        LineChart.draw(flow, labels, List.of(
                new LineChart.Series(scores.nameA(), LineChart.BLUE, false, values(sessions, SessionScores::a)),
                new LineChart.Series(scores.nameB(), LineChart.ORANGE, true, values(sessions, SessionScores::b))),
                190);
        flow.down(4);
    }

    private static List<Integer> values(List<SessionScores> sessions,
            java.util.function.Function<SessionScores, PartnerScores> partner) {
        List<Integer> values = new ArrayList<>(sessions.size());
        for (SessionScores session : sessions) {
            PartnerScores scores = partner.apply(session);
            values.add(scores == null ? null : Scores.round(scores.index()));
        }
        return values;
    }
}
