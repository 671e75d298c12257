package app.kindred.questionnaire.scoring;

import java.util.List;
import java.util.Objects;

/**
 * What the flag rules need to know about one partner: the name to show in reasons, the latest
 * scores of the session being judged ({@code null} when this partner has not responded) and the
 * scores of their assessment before it ({@code null} when there is none).
 */
public record PartnerAssessment(PartnerLabel label, String name, PartnerScores latest, PartnerScores previous) {

    public PartnerAssessment {
        Objects.requireNonNull(label, "label");
        name = name == null || name.isBlank() ? "Partner " + label : name.strip();
    }

    /** From one partner's completed assessments, oldest first; the last one is judged. */
    public static PartnerAssessment fromHistory(PartnerLabel label, String name, List<PartnerScores> chronological) {
        int size = chronological.size();
        return new PartnerAssessment(label, name,
                size > 0 ? chronological.get(size - 1) : null,
                size > 1 ? chronological.get(size - 2) : null);
    }

    public boolean responded() {
        return latest != null;
    }
}
