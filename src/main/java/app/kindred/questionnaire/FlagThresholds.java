package app.kindred.questionnaire;

/**
 * The numbers behind the clinical flags. They live in the instrument file, not in code, because
 * they are provisional for version 1 and a later version may change them without touching old
 * results.
 *
 * @param reliableChange        |RCI| at or above which a change counts as reliable (1.96)
 * @param partnerGapIndex       index gap between the partners that raises a partner-gap flag
 * @param partnerGapCondition   condition gap between the partners that raises a partner-gap flag
 * @param opennessPartnerAtLeast PARTNER score from which the partner is seen as offering enough
 * @param opennessSelfAtMost    SELF score up to which one's own openness is seen as shut
 * @param lowConditionAtMost    condition score up to which a condition is flagged as low
 */
public record FlagThresholds(
        double reliableChange,
        double partnerGapIndex,
        double partnerGapCondition,
        double opennessPartnerAtLeast,
        double opennessSelfAtMost,
        double lowConditionAtMost) {
}
