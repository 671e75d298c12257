package app.kindred.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * "Page x of y" needs the page count, so the footer is stamped on every page once the content is
 * complete, in the band {@link PageFlow} keeps free.
 */
final class Footer {

    static final String CONFIDENTIAL = "Confidential — clinical record";
    private static final float SIZE = 7.5f;

    private Footer() {
    }

    static void stamp(PageFlow flow, String documentTitle) throws IOException {
        int total = flow.document.getNumberOfPages();
        Face font = flow.fonts.regular;
        String title = flow.fonts.printable(documentTitle);
        int number = 0;
        for (PDPage page : flow.document.getPages()) {
            number++;
            try (PDPageContentStream cs = new PDPageContentStream(flow.document, page, AppendMode.APPEND, true, true)) {
                float baseline = PageFlow.MARGIN + 4;
                float ruleY = PageFlow.MARGIN + PageFlow.FOOTER_BAND - 10;
                cs.setStrokingColor(PageFlow.RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(flow.left(), ruleY);
                cs.lineTo(flow.right(), ruleY);
                cs.stroke();
                String pageText = "Page " + number + " of " + total;
                float pageWidth = font.width(SIZE, pageText);
                float titleWidth = font.width(SIZE, title);
                write(cs, font, CONFIDENTIAL, flow.left(), baseline);
                float middle = (flow.left() + flow.right() - titleWidth) / 2;
                float confidentialEnd = flow.left() + font.width(SIZE, CONFIDENTIAL) + 12;
                // A title too long for the middle is left out rather than drawn over the other two.
                if (middle > confidentialEnd && middle + titleWidth < flow.right() - pageWidth - 12) {
                    write(cs, font, title, middle, baseline);
                }
                write(cs, font, pageText, flow.right() - pageWidth, baseline);
            }
        }
    }

    private static void write(PDPageContentStream cs, Face font, String text, float x, float baseline)
            throws IOException {
        cs.beginText();
        cs.setFont(font.pdf, SIZE);
        cs.setNonStrokingColor(PageFlow.MUTED);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }
}
