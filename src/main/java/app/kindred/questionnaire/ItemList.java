package app.kindred.questionnaire;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An instrument's items, immutable, plus a lookup from item code to position built once at load.
 * Scoring resolves every answered code on every dashboard row and PDF line; an open-addressing
 * table over a power-of-two array answers that without hashing divisions, boxing or allocation.
 */
final class ItemList extends AbstractList<Item> implements RandomAccess {

    private final Item[] items;
    private final String[] slotCodes;
    private final int[] slotPositions;
    private final int mask;

    ItemList(List<Item> source) {
        this.items = source.toArray(Item[]::new);
        // At most a quarter full, so a probe almost always ends at its first slot.
        int capacity = Integer.highestOneBit(Math.max(items.length, 1) * 4 - 1) << 1;
        this.slotCodes = new String[capacity];
        this.slotPositions = new int[capacity];
        this.mask = capacity - 1;
        for (int position = 0; position < items.length; position++) {
            String code = items[position].code();
            int slot = slotOf(code);
            while (slotCodes[slot] != null && !slotCodes[slot].equals(code)) {
                slot = (slot + 1) & mask;
            }
            if (slotCodes[slot] == null) {
                slotCodes[slot] = code;
                slotPositions[slot] = position;
            }
        }
    }

    /** The position of the item with this code, or −1 if the instrument has no such item. */
    int position(String code) {
        int slot = slotOf(code);
        String candidate;
        while ((candidate = slotCodes[slot]) != null) {
            if (candidate.equals(code)) {
                return slotPositions[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slotOf(String code) {
        int hash = code.hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }

    @Override
    public Item get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
