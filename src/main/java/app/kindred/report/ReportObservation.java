package app.kindred.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An observation as the exports print it, independent of how the observation feature stores it.
 *
 * @param sessionNumber the session it belongs to, or {@code null} for a note on the couple as a whole
 * @param signedBy      who signed it, or {@code null} while it is a draft
 * @param addenda       corrections added after signing, oldest first
 */
public record ReportObservation(Instant createdAt, String author, Integer sessionNumber, String text,
        String signedBy, Instant signedAt, List<ReportObservation> addenda) {

    public ReportObservation {
        Objects.requireNonNull(createdAt, "createdAt");
        author = author == null ? "" : author;
        text = text == null ? "" : text;
        addenda = addenda == null ? List.of() : List.copyOf(addenda);
    }

    public boolean signed() {
        return signedAt != null;
    }

    ReportObservation withTexts(java.util.function.UnaryOperator<String> change) {
        return new ReportObservation(createdAt, author, sessionNumber, change.apply(text), signedBy, signedAt,
                addenda.stream().map(a -> a.withTexts(change)).toList());
    }
}
