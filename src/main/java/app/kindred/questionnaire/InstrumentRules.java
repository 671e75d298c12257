package app.kindred.questionnaire;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural rules every instrument version obeys. Kept apart from the file reader so the same
 * rules guard instruments built in code, and reported all at once so a broken file is fixed in
 * one go rather than one error per start-up.
 */
final class InstrumentRules {

    private InstrumentRules() {
    }

    static List<String> problems(String id, int version, String title, Scale scale, List<Item> items,
            ClosenessItem closeness, double sd, double reliability, FlagThresholds thresholds) {
        List<String> problems = new ArrayList<>();
        if (id == null || id.isBlank()) {
            problems.add("id is missing");
        }
        if (version < 1) {
            problems.add("version must be 1 or more, was " + version);
        }
        if (title == null || title.isBlank()) {
            problems.add("title is missing");
        }
        checkScale("scale", scale, problems);
        checkItems(items, problems);
        if (closeness == null) {
            problems.add("closeness item is missing");
        } else {
            checkScale("closeness scale", closeness.scale(), problems);
        }
        if (!(sd > 0) || Double.isInfinite(sd)) {
            problems.add("sd must be greater than 0, was " + sd);
        }
        if (!(reliability > 0 && reliability < 1)) {
            problems.add("reliability must be greater than 0 and less than 1, was " + reliability);
        }
        checkThresholds(thresholds, problems);
        return problems;
    }

    private static void checkScale(String name, Scale scale, List<String> problems) {
        if (scale == null) {
            problems.add(name + " is missing");
            return;
        }
        if (scale.min() >= scale.max()) {
            problems.add(name + " must run from a lower to a higher value, was "
                    + scale.min() + "–" + scale.max());
        }
        Set<Integer> labelled = new HashSet<>();
        for (ScaleAnchor anchor : scale.anchors()) {
            if (!scale.contains(anchor.value())) {
                problems.add(name + " has an anchor label outside the scale: " + anchor.value());
            }
            if (!labelled.add(anchor.value())) {
                problems.add(name + " labels the value " + anchor.value() + " twice");
            }
        }
        if (!labelled.contains(scale.min()) || !labelled.contains(scale.max())) {
            problems.add(name + " needs anchor labels for its lowest and highest value");
        }
    }

    private static void checkItems(List<Item> items, List<String> problems) {
        if (items == null || items.isEmpty()) {
            problems.add("items are missing");
            return;
        }
        Set<String> codes = new HashSet<>();
        Map<Condition, Integer> counts = new EnumMap<>(Condition.class);
        Map<Condition, Integer> reversed = new EnumMap<>(Condition.class);
        for (Item item : items) {
            if (!codes.add(item.code())) {
                problems.add("duplicate item code " + item.code());
            }
            counts.merge(item.condition(), 1, Integer::sum);
            reversed.merge(item.condition(), item.reverseKeyed() ? 1 : 0, Integer::sum);
        }
        for (Condition condition : Condition.values()) {
            int count = counts.getOrDefault(condition, 0);
            if (count != Instrument.ITEMS_PER_CONDITION) {
                problems.add("condition " + condition + " must have exactly "
                        + Instrument.ITEMS_PER_CONDITION + " items, has " + count);
            }
            int reverseKeyed = reversed.getOrDefault(condition, 0);
            if (count > 0 && reverseKeyed != 1) {
                problems.add("condition " + condition
                        + " must have exactly one reverse-keyed item, has " + reverseKeyed);
            }
        }
    }

    private static void checkThresholds(FlagThresholds thresholds, List<String> problems) {
        if (thresholds == null) {
            problems.add("flag thresholds are missing");
            return;
        }
        if (!(thresholds.reliableChange() > 0)) {
            problems.add("flag threshold reliableChange must be greater than 0, was "
                    + thresholds.reliableChange());
        }
        checkScore("partnerGap.index", thresholds.partnerGapIndex(), problems);
        checkScore("partnerGap.condition", thresholds.partnerGapCondition(), problems);
        checkScore("opennessBarrier.partnerAtLeast", thresholds.opennessPartnerAtLeast(), problems);
        checkScore("opennessBarrier.selfAtMost", thresholds.opennessSelfAtMost(), problems);
        checkScore("lowCondition.atMost", thresholds.lowConditionAtMost(), problems);
    }

    private static void checkScore(String name, double value, List<String> problems) {
        if (!(value >= 0 && value <= 100)) {
            problems.add("flag threshold " + name + " must be within 0–100, was " + value);
        }
    }
}
