package app.kindred.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table drawn row by row into the page flow. Cells wrap instead of being cut; a row never splits,
 * and on every page the table continues on it repeats its header, so a printed page can be read
 * on its own.
 */
final class Table {

    /** A column's share of the width is {@code weight} over the sum of all weights. */
    record Column(String header, float weight, boolean numeric) {
    }

    /** A label over {@code span} adjacent columns, e.g. a partner's name over their four scores. */
    record Group(String label, int span) {
    }

    private static final float SIZE = 8f;
    private static final float PAD = 3f;
    private static final Color HEADER_FILL = new Color(232, 236, 242);
    private static final Color STRIPE = new Color(246, 247, 249);

    private final PageFlow flow;
    private final List<Column> columns;
    private final List<Group> groups;
    private final float[] x;
    private final float[] widths;
    private int rowsOnPage;

    Table(PageFlow flow, List<Column> columns, List<Group> groups) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        this.groups = List.copyOf(groups);
        widths = widths(flow, this.columns);
        x = new float[columns.size()];
        float at = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            x[i] = at;
            at += widths[i];
        }
    }

    /**
     * Widths by weight, except that no column is narrower than the longest word of its header
     * (a header broken inside a word is hard to read); the columns with room to spare give way.
     */
    private static float[] widths(PageFlow flow, List<Column> columns) {
        float total = 0;
        for (Column column : columns) {
            total += column.weight();
        }
        float[] widths = new float[columns.size()];
        float[] least = new float[columns.size()];
        float missing = 0;
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = flow.width() * columns.get(i).weight() / total;
            for (String word : flow.fonts.printable(columns.get(i).header()).split(" ")) {
                least[i] = Math.max(least[i], flow.fonts.bold.width(SIZE, word) + 2 * PAD + 0.5f);
            }
            missing += Math.max(0, least[i] - widths[i]);
        }
        float spare = 0;
        for (int i = 0; i < widths.length; i++) {
            spare += Math.max(0, widths[i] - least[i]);
        }
        if (missing == 0 || spare < missing) {
            return widths;
        }
        for (int i = 0; i < widths.length; i++) {
            float slack = widths[i] - least[i];
            widths[i] = slack < 0 ? least[i] : widths[i] - missing * slack / spare;
        }
        return widths;
    }

    /** Starts the table, with at least its header and one row of room on this page. */
    Table begin() throws IOException {
        flow.ensure(headerHeight() + PageFlow.leading(SIZE) * 2 + PAD * 2);
        header();
        return this;
    }

    void row(List<String> cells) throws IOException {
        List<List<String>> lines = wrap(cells, flow.fonts.regular);
        float height = height(lines);
        if (flow.y() - height < flow.bottom()) {
            flow.newPage();
            header();
        }
        if (rowsOnPage % 2 == 1) {
            flow.fill(flow.left(), flow.y() - height, flow.width(), height, STRIPE);
        }
        draw(lines, flow.fonts.regular, PageFlow.TEXT);
        flow.down(height);
        flow.rule(flow.left(), flow.y(), flow.right(), flow.y(), 0.3f, PageFlow.RULE);
        rowsOnPage++;
    }

    void end() {
        flow.down(10);
    }

    private void header() throws IOException {
        float top = flow.y();
        float height = headerHeight();
        flow.fill(flow.left(), top - height, flow.width(), height, HEADER_FILL);
        if (!groups.isEmpty()) {
            drawGroups();
        }
        List<List<String>> lines = wrap(columns.stream().map(Column::header).toList(), flow.fonts.bold);
        draw(lines, flow.fonts.bold, PageFlow.TEXT);
        flow.down(height(lines));
        flow.rule(flow.left(), flow.y(), flow.right(), flow.y(), 0.6f, PageFlow.MUTED);
        rowsOnPage = 0;
    }

    private void drawGroups() throws IOException {
        float height = groupHeight();
        int column = 0;
        for (Group group : groups) {
            float left = x[column];
            float right = x[column + group.span() - 1] + widths[column + group.span() - 1];
            List<String> lines = TextWrap.lines(flow.fonts.printable(group.label()), flow.fonts.bold, SIZE,
                    right - left - 2 * PAD);
            float baseline = flow.y() - PAD - PageFlow.ascent(SIZE);
            for (String line : lines) {
                flow.text(line, flow.fonts.bold, SIZE, left + PAD, baseline, PageFlow.TEXT);
                baseline -= PageFlow.leading(SIZE);
            }
            if (!group.label().isEmpty()) {
                flow.rule(left + PAD, flow.y() - height + 1, right - PAD, flow.y() - height + 1, 0.4f, PageFlow.MUTED);
            }
            column += group.span();
        }
        flow.down(height);
    }

    private float groupHeight() {
        int most = 1;
        int column = 0;
        for (Group group : groups) {
            float width = 0;
            for (int i = column; i < column + group.span(); i++) {
                width += widths[i];
            }
            most = Math.max(most, TextWrap.lines(flow.fonts.printable(group.label()), flow.fonts.bold, SIZE,
                    width - 2 * PAD).size());
            column += group.span();
        }
        return most * PageFlow.leading(SIZE) + 2 * PAD;
    }

    private float headerHeight() {
        float columnsHeight = height(wrap(columns.stream().map(Column::header).toList(), flow.fonts.bold));
        return columnsHeight + (groups.isEmpty() ? 0 : groupHeight());
    }

    private List<List<String>> wrap(List<String> cells, Face font) {
        List<List<String>> wrapped = new ArrayList<>(cells.size());
        for (int i = 0; i < columns.size(); i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            wrapped.add(TextWrap.lines(flow.fonts.printable(cell), font, SIZE, widths[i] - 2 * PAD));
        }
        return wrapped;
    }

    private static float height(List<List<String>> lines) {
        int most = 1;
        for (List<String> cell : lines) {
            most = Math.max(most, cell.size());
        }
        return most * PageFlow.leading(SIZE) + 2 * PAD;
    }

    private void draw(List<List<String>> lines, Face font, Color color) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            float baseline = flow.y() - PAD - PageFlow.ascent(SIZE);
            for (String line : lines.get(i)) {
                float at = columns.get(i).numeric()
                        ? x[i] + widths[i] - PAD - font.width(SIZE, line)
                        : x[i] + PAD;
                flow.text(line, font, SIZE, at, baseline, color);
                baseline -= PageFlow.leading(SIZE);
            }
        }
    }
}
