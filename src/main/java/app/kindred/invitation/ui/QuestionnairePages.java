package app.kindred.invitation.ui;

import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the questionnaire is cut into steps: the items in small pages (few enough to fit a phone
 * screen without long scrolling), then the closeness question, then the review.
 */
final class QuestionnairePages {

    static final int ITEMS_PER_PAGE = 4;

    private final Instrument instrument;
    private final List<List<Item>> itemPages = new ArrayList<>();

    QuestionnairePages(Instrument instrument) {
        this.instrument = instrument;
        List<Item> items = instrument.items();
        for (int from = 0; from < items.size(); from += ITEMS_PER_PAGE) {
            itemPages.add(items.subList(from, Math.min(items.size(), from + ITEMS_PER_PAGE)));
        }
    }

    Instrument instrument() {
        return instrument;
    }

    /** Pages of items, then the closeness page; the review follows them. */
    int questionSteps() {
        return itemPages.size() + 1;
    }

    int closenessStep() {
        return itemPages.size();
    }

    int reviewStep() {
        return itemPages.size() + 1;
    }

    List<Item> itemsOn(int step) {
        return itemPages.get(step);
    }

    /** The 1-based number of the first item on this page. */
    int firstNumberOn(int step) {
        return step * ITEMS_PER_PAGE + 1;
    }

    /** 1-based question number as the client sees it; the closeness question comes last. */
    int numberOf(String code) {
        int position = instrument.position(code);
        return position >= 0 ? position + 1 : instrument.items().size() + 1;
    }

    int stepOf(String code) {
        int position = instrument.position(code);
        return position >= 0 ? position / ITEMS_PER_PAGE : closenessStep();
    }

    int questionCount() {
        return instrument.items().size() + 1;
    }

    /** Where a returning client continues: the first page with a question left, else the review. */
    int firstUnansweredStep(Map<String, Integer> answers) {
        for (Item item : instrument.items()) {
            if (!answers.containsKey(item.code())) {
                return stepOf(item.code());
            }
        }
        return answers.containsKey(instrument.closeness().code()) ? reviewStep() : closenessStep();
    }
}
