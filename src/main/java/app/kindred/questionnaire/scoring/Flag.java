package app.kindred.questionnaire.scoring;

import java.util.Objects;

/**
 * One reason for a clinician to look closer, e.g. "Low condition: Alex — Trust 25".
 *
 * @param partner the partner concerned, or {@code null} for a couple-level flag (partner gap)
 * @param reason  ready to show: rounded numbers and the partners' names
 */
public record Flag(FlagType type, PartnerLabel partner, String reason) {

    public Flag {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
    }
}
