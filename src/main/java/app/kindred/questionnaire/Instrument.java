package app.kindred.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One version of a questionnaire, exactly as its resource file defines it. Immutable, and checked
 * in the constructor, so that scoring can rely on its shape: every {@link Condition} has
 * {@value #ITEMS_PER_CONDITION} items, one of them reverse-keyed, and codes are unique.
 * {@link #items()} keeps the file's order and is indexed by code once, here, because scoring looks
 * up every answer of every response ({@link #position}).
 *
 * @param sd          standard deviation of the intimacy index, for the reliable change index
 * @param reliability reliability (r) of the intimacy index, for the reliable change index
 * @param provisional true while the norms and thresholds are not yet validated; the app says so
 */
public record Instrument(
        String id,
        int version,
        String title,
        Scale scale,
        List<Item> items,
        ClosenessItem closeness,
        double sd,
        double reliability,
        boolean provisional,
        FlagThresholds thresholds) {

    public static final int ITEMS_PER_CONDITION = 2;

    public Instrument {
        List<String> problems = InstrumentRules.problems(
                id, version, title, scale, items, closeness, sd, reliability, thresholds);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        items = new ItemList(items);
    }

    /**
     * Where the item with this code sits in {@link #items()}, or −1 if this version has no such
     * item. Constant time and allocation-free: scoring calls it for every answer.
     */
    public int position(String code) {
        return ((ItemList) items).position(code);
    }

    public Optional<Item> item(String code) {
        int position = position(code);
        return position < 0 ? Optional.empty() : Optional.of(items.get(position));
    }

    public List<Item> items(Condition condition) {
        return items.stream().filter(item -> item.condition() == condition).toList();
    }

    /** Short name for messages and exports, e.g. "eic-22 v1". */
    public String label() {
        return id + " v" + version;
    }
}
