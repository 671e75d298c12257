package app.kindred.demo;

import app.kindred.demo.DemoCouple.Profile;
import app.kindred.questionnaire.Half;
import app.kindred.questionnaire.Instrument;
import app.kindred.questionnaire.Item;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Turns a partner's profile at one session into answers a real client could have given. */
final class DemoAnswers {

    private DemoAnswers() {
    }

    static Map<String, Integer> answers(Instrument instrument, Profile profile, int sessionIndex, boolean last,
            Random random) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        double drop = last ? profile.lastSessionDrop() : 0;
        double partner = profile.partnerLevel() + profile.trendPerSession() * sessionIndex - drop;
        double self = profile.selfLevel() + profile.trendPerSession() * sessionIndex - drop;
        for (Item item : instrument.items()) {
            double level = item.half() == Half.PARTNER ? partner : self;
            // A condition score s corresponds to a mean item value of 1 + s × 6 / 100.
            int agreement = clamp((int) Math.round(1 + level * 6 / 100 + random.nextGaussian() * 0.6), 1, 7);
            answers.put(item.code(), item.reverseKeyed() ? 8 - agreement : agreement);
        }
        int closeness = clamp((int) Math.round((partner + self) / 20 + random.nextGaussian()), 0, 10);
        answers.put(instrument.closeness().code(), closeness);
        return answers;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
