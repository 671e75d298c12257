package app.kindred.questionnaire;

import java.util.List;

/**
 * The JSON shape of an instrument file. Everything is boxed or a string on purpose: a missing
 * field or an unknown condition must become a readable problem report, not a Jackson stack trace,
 * so conversion to the domain records happens in {@link InstrumentFileReader}.
 */
record InstrumentFile(
        String id,
        Integer version,
        String title,
        Boolean provisional,
        Double sd,
        Double reliability,
        ScaleFile scale,
        List<ItemFile> items,
        ClosenessFile closeness,
        FlagsFile flags) {

    record ScaleFile(Integer min, Integer max, List<AnchorFile> anchors) {
    }

    record AnchorFile(Integer value, String label) {
    }

    record ItemFile(String code, String condition, String half, Boolean reverseKeyed, String text) {
    }

    record ClosenessFile(String code, String text, ScaleFile scale) {
    }

    record FlagsFile(
            Double reliableChange,
            PartnerGapFile partnerGap,
            OpennessBarrierFile opennessBarrier,
            LowConditionFile lowCondition) {
    }

    record PartnerGapFile(Double index, Double condition) {
    }

    record OpennessBarrierFile(Double partnerAtLeast, Double selfAtMost) {
    }

    record LowConditionFile(Double atMost) {
    }
}
