package app.kindred.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One font of one document with the advance width of each character remembered: wrapping
 * measures every word, and PDFBox encodes the whole string again on every measurement.
 */
final class Face {

    // Latin, Latin Extended, Vietnamese and general punctuation fit in this range, looked up by index.
    private static final int DIRECT = 0x2100;

    final PDType0Font pdf;
    private final float[] direct = new float[DIRECT];
    private final Map<Integer, Float> others = new HashMap<>();

    Face(PDType0Font pdf) {
        this.pdf = pdf;
        Arrays.fill(direct, Float.NaN);
    }

    /** Width of a single line of printable text, in points; PDFBox draws without kerning, so widths add up. */
    float width(float size, String text) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += units(cp);
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    float width(float size, int codePoint) {
        return units(codePoint) / 1000f * size;
    }

    boolean has(int codePoint) {
        return pdf.getCmapLookup().getGlyphId(codePoint) > 0;
    }

    private float units(int cp) {
        if (cp < DIRECT) {
            float known = direct[cp];
            if (Float.isNaN(known)) {
                known = measure(cp);
                direct[cp] = known;
            }
            return known;
        }
        return others.computeIfAbsent(cp, this::measure);
    }

    private float measure(int cp) {
        try {
            return pdf.getStringWidth(new String(Character.toChars(cp)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
