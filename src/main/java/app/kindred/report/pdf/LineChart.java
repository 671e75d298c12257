package app.kindred.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A line chart of scores (0–100) over sessions, drawn as PDF paths so it stays sharp at any zoom
 * and in print. Each series joins the sessions its partner answered; the second series is dashed
 * and uses another marker, so the lines can be told apart in black and white.
 */
final class LineChart {

    /** {@code values} has one entry per session label, {@code null} where the partner did not answer. */
    record Series(String name, Color color, boolean dashed, List<Integer> values) {
    }

    static final Color BLUE = new Color(31, 95, 191);
    static final Color ORANGE = new Color(204, 102, 0);
    private static final float LABEL_SIZE = 7f;
    private static final float AXIS_WIDTH = 22;
    private static final float MARKER = 2.4f;

    private LineChart() {
    }

    /** Draws the chart at the current position, {@code height} points tall including labels and legend. */
    static void draw(PageFlow flow, List<String> labels, List<Series> series, float height) throws IOException {
        flow.ensure(height);
        float top = flow.y();
        float plotLeft = flow.left() + AXIS_WIDTH;
        float plotRight = flow.right() - 6;
        float plotTop = top - legend(flow, series, top) - 8;
        float plotBottom = top - height + PageFlow.leading(LABEL_SIZE) + 4;
        grid(flow, plotLeft, plotRight, plotBottom, plotTop);
        float step = labels.size() > 1 ? (plotRight - plotLeft - 12) / (labels.size() - 1) : 0;
        float firstX = labels.size() > 1 ? plotLeft + 6 : (plotLeft + plotRight) / 2;
        xLabels(flow, labels, firstX, step, plotBottom);
        for (Series s : series) {
            line(flow, s, firstX, step, plotBottom, plotTop);
        }
        flow.down(height);
    }

    /**
     * One line per series when the names do not fit side by side, a long name wrapping within the
     * line: a legend is never cut. Returns its height.
     */
    private static float legend(PageFlow flow, List<Series> series, float top) throws IOException {
        float size = LABEL_SIZE + 1;
        float left = flow.left() + AXIS_WIDTH;
        float textWidth = flow.right() - left - 23;
        float together = 0;
        for (Series s : series) {
            together += 23 + flow.fonts.regular.width(size, flow.fonts.printable(s.name())) + 14;
        }
        boolean oneLine = together <= flow.right() - left;
        float x = left;
        float y = top;
        for (Series s : series) {
            float baseline = y - PageFlow.ascent(size);
            float mid = baseline + 2.5f;
            stroke(flow.content(), s, 1.4f);
            flow.content().moveTo(x, mid);
            flow.content().lineTo(x + 18, mid);
            flow.content().stroke();
            flow.content().setLineDashPattern(new float[0], 0);
            marker(flow.content(), s, x + 9, mid);
            List<String> lines = TextWrap.lines(flow.fonts.printable(s.name()), flow.fonts.regular, size, textWidth);
            for (String line : lines) {
                flow.text(line, flow.fonts.regular, size, x + 23, baseline, PageFlow.TEXT);
                baseline -= PageFlow.leading(size);
            }
            if (oneLine) {
                x += 23 + flow.fonts.regular.width(size, lines.get(0)) + 14;
            } else {
                y -= lines.size() * PageFlow.leading(size);
            }
        }
        return oneLine ? PageFlow.leading(size) : top - y;
    }

    private static void grid(PageFlow flow, float left, float right, float bottom, float top) throws IOException {
        for (int value = 0; value <= 100; value += 20) {
            float y = bottom + (top - bottom) * value / 100f;
            flow.rule(left, y, right, y, value == 0 ? 0.6f : 0.25f, value == 0 ? PageFlow.MUTED : PageFlow.RULE);
            String label = String.valueOf(value);
            flow.text(label, flow.fonts.regular, LABEL_SIZE,
                    left - 4 - flow.fonts.regular.width(LABEL_SIZE, label), y - LABEL_SIZE * 0.35f, PageFlow.MUTED);
        }
    }

    /** Labels every session when there is room, otherwise every second, third… and always the last. */
    private static void xLabels(PageFlow flow, List<String> labels, float firstX, float step, float bottom)
            throws IOException {
        int every = step <= 0 ? 1 : Math.max(1, (int) Math.ceil(22 / step));
        int lastIndex = labels.size() - 1;
        for (int i = 0; i < labels.size(); i++) {
            boolean shown = i == lastIndex || i % every == 0 && lastIndex - i >= every;
            if (!shown) {
                continue;
            }
            String label = labels.get(i);
            float width = flow.fonts.regular.width(LABEL_SIZE, label);
            float x = firstX + step * i;
            flow.text(label, flow.fonts.regular, LABEL_SIZE, x - width / 2, bottom - 3 - PageFlow.ascent(LABEL_SIZE),
                    PageFlow.MUTED);
        }
    }

    private static void line(PageFlow flow, Series series, float firstX, float step, float bottom, float top)
            throws IOException {
        PDPageContentStream cs = flow.content();
        stroke(cs, series, 1.4f);
        boolean started = false;
        for (int i = 0; i < series.values().size(); i++) {
            Integer value = series.values().get(i);
            if (value == null) {
                continue;
            }
            float x = firstX + step * i;
            float y = bottom + (top - bottom) * value / 100f;
            if (started) {
                cs.lineTo(x, y);
            } else {
                cs.moveTo(x, y);
                started = true;
            }
        }
        if (started) {
            cs.stroke();
        }
        cs.setLineDashPattern(new float[0], 0);
        for (int i = 0; i < series.values().size(); i++) {
            Integer value = series.values().get(i);
            if (value != null) {
                marker(cs, series, firstX + step * i, bottom + (top - bottom) * value / 100f);
            }
        }
    }

    private static void stroke(PDPageContentStream cs, Series series, float width) throws IOException {
        cs.setStrokingColor(series.color());
        cs.setLineWidth(width);
        cs.setLineDashPattern(series.dashed() ? new float[] {4, 2.5f} : new float[0], 0);
    }

    /** A square for the first partner, a diamond for the second. */
    private static void marker(PDPageContentStream cs, Series series, float x, float y) throws IOException {
        cs.setNonStrokingColor(series.color());
        if (series.dashed()) {
            cs.moveTo(x, y + MARKER * 1.3f);
            cs.lineTo(x + MARKER * 1.3f, y);
            cs.lineTo(x, y - MARKER * 1.3f);
            cs.lineTo(x - MARKER * 1.3f, y);
            cs.closePath();
        } else {
            cs.addRect(x - MARKER, y - MARKER, 2 * MARKER, 2 * MARKER);
        }
        cs.fill();
    }
}
