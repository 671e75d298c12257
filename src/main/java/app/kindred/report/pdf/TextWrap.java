package app.kindred.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks printable text into lines no wider than a given width: at spaces, at line breaks the
 * writer typed, and inside a word only when the word alone is wider than the line (a pasted link),
 * so that nothing ever runs past the margin.
 */
final class TextWrap {

    private static final Pattern SPACES = Pattern.compile(" +");

    private TextWrap() {
    }

    static List<String> lines(String text, Face font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        float space = font.width(size, " ");
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : SPACES.split(paragraph)) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = font.width(size, word);
                if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (wordWidth <= maxWidth) {
                    line.append(word);
                    lineWidth = wordWidth;
                } else {
                    lineWidth = breakWord(word, font, size, maxWidth, lines, line);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Adds the full-width pieces of an over-long word to {@code lines}; the rest stays in {@code rest}. */
    private static float breakWord(String word, Face font, float size, float maxWidth, List<String> lines,
            StringBuilder rest) {
        float width = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            float charWidth = font.width(size, cp);
            if (width + charWidth > maxWidth && rest.length() > 0) {
                lines.add(rest.toString());
                rest.setLength(0);
                width = 0;
            }
            rest.appendCodePoint(cp);
            width += charWidth;
            i += Character.charCount(cp);
        }
        return width;
    }
}
