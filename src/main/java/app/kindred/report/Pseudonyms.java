package app.kindred.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the partners' names and any e-mail address out of free text (observations) for a
 * pseudonymised export. The scores already carry "Partner A/B"; clinicians' notes mention people
 * by name, usually the first name, so whole names and each part of a name are replaced as whole
 * words. A part both partners share (a family name) cannot be told apart and becomes "[name]".
 */
final class Pseudonyms {

    static final String EMAIL_REMOVED = "[e-mail removed]";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");

    private Pseudonyms() {
    }

    static UnaryOperator<String> scrubber(String nameA, String nameB) {
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put(composed(nameA), "Partner A");
        replacements.put(composed(nameB), "Partner B");
        List<String> partsA = parts(nameA);
        List<String> partsB = parts(nameB);
        for (String part : partsA) {
            replacements.putIfAbsent(part, partsB.contains(part) ? "[name]" : "Partner A");
        }
        for (String part : partsB) {
            replacements.putIfAbsent(part, partsA.contains(part) ? "[name]" : "Partner B");
        }
        List<Map.Entry<Pattern, String>> rules = new ArrayList<>();
        replacements.entrySet().stream()
                .filter(e -> !e.getKey().isBlank())
                .sorted(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> rules.add(Map.entry(wholeWord(e.getKey()), Matcher.quoteReplacement(e.getValue()))));
        return text -> {
            String result = EMAIL.matcher(composed(text)).replaceAll(EMAIL_REMOVED);
            for (Map.Entry<Pattern, String> rule : rules) {
                result = rule.getKey().matcher(result).replaceAll(rule.getValue());
            }
            return result;
        };
    }

    /** Parts of two letters or more: an initial alone would match too much ordinary text. */
    private static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : composed(name).split("[\\s\\-]+")) {
            if (part.codePointCount(0, part.length()) >= 2) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static Pattern wholeWord(String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String composed(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
