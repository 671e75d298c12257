package app.kindred.questionnaire;

import app.kindred.questionnaire.InstrumentFile.AnchorFile;
import app.kindred.questionnaire.InstrumentFile.ClosenessFile;
import app.kindred.questionnaire.InstrumentFile.FlagsFile;
import app.kindred.questionnaire.InstrumentFile.ItemFile;
import app.kindred.questionnaire.InstrumentFile.ScaleFile;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one instrument file into an {@link Instrument}, or into an
 * {@link InstrumentDefinitionException} that names the file and every problem found in it.
 */
final class InstrumentFileReader {

    // Strict on purpose: a misspelt field ("reverseKeyd") must fail rather than silently default.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private InstrumentFileReader() {
    }

    static Instrument read(String resourceName, InputStream in) {
        InstrumentFile file;
        try {
            file = MAPPER.readValue(in, InstrumentFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw invalid(resourceName, List.of("unknown field \"" + e.getPropertyName() + "\""
                    + where(e.getLocation())), e);
        } catch (JsonProcessingException e) {
            throw invalid(resourceName, List.of("not valid JSON: " + e.getOriginalMessage()
                    + where(e.getLocation())), e);
        } catch (IOException e) {
            throw new InstrumentDefinitionException("Instrument file " + resourceName
                    + " cannot be read: " + e.getMessage(), e);
        }
        if (file == null) {
            throw invalid(resourceName, List.of("the file is empty"), null);
        }
        List<String> problems = new ArrayList<>();
        Instrument instrument = toInstrument(file, problems);
        if (!problems.isEmpty()) {
            throw invalid(resourceName, problems, null);
        }
        return instrument;
    }

    private static Instrument toInstrument(InstrumentFile file, List<String> problems) {
        Scale scale = toScale("scale", file.scale(), problems);
        List<Item> items = toItems(file.items(), problems);
        ClosenessItem closeness = toCloseness(file.closeness(), problems);
        FlagThresholds thresholds = toThresholds(file.flags(), problems);
        int version = required("version", file.version(), problems, 0);
        double sd = required("sd", file.sd(), problems, Double.NaN);
        double reliability = required("reliability", file.reliability(), problems, Double.NaN);
        boolean provisional = required("provisional", file.provisional(), problems, true);
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new Instrument(file.id(), version, file.title(), scale, items, closeness,
                    sd, reliability, provisional, thresholds);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static List<Item> toItems(List<ItemFile> files, List<String> problems) {
        if (files == null) {
            return null;
        }
        List<Item> items = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            ItemFile file = files.get(i);
            String name = file.code() == null ? "item #" + (i + 1) : "item " + file.code();
            Condition condition = toCondition(name, file.condition(), problems);
            if (file.code() == null || file.code().isBlank()) {
                problems.add(name + " has no code");
            }
            if (file.text() == null || file.text().isBlank()) {
                problems.add(name + " has no text");
            }
            if (file.reverseKeyed() == null) {
                problems.add(name + " does not say whether it is reverseKeyed");
            }
            // The half is written in the file for the reader's sake; the condition decides it.
            if (condition != null && file.half() != null && !file.half().equals(condition.half().name())) {
                problems.add(name + " is marked half " + file.half() + " but condition "
                        + condition + " belongs to " + condition.half());
            }
            if (condition != null && file.code() != null && file.text() != null && file.reverseKeyed() != null) {
                items.add(new Item(file.code(), condition, file.reverseKeyed(), file.text()));
            }
        }
        return items;
    }

    private static Condition toCondition(String name, String code, List<String> problems) {
        if (code == null) {
            problems.add(name + " has no condition");
            return null;
        }
        try {
            return Condition.valueOf(code);
        } catch (IllegalArgumentException e) {
            problems.add(name + " has unknown condition " + code);
            return null;
        }
    }

    private static Scale toScale(String name, ScaleFile file, List<String> problems) {
        if (file == null) {
            problems.add(name + " is missing");
            return null;
        }
        List<ScaleAnchor> anchors = new ArrayList<>();
        for (AnchorFile anchor : file.anchors() == null ? List.<AnchorFile>of() : file.anchors()) {
            if (anchor.value() == null || anchor.label() == null || anchor.label().isBlank()) {
                problems.add(name + " has an anchor without value or label");
            } else {
                anchors.add(new ScaleAnchor(anchor.value(), anchor.label()));
            }
        }
        int min = required(name + ".min", file.min(), problems, 0);
        int max = required(name + ".max", file.max(), problems, 0);
        return new Scale(min, max, anchors);
    }

    private static ClosenessItem toCloseness(ClosenessFile file, List<String> problems) {
        if (file == null) {
            problems.add("closeness item is missing");
            return null;
        }
        if (file.code() == null || file.code().isBlank() || file.text() == null || file.text().isBlank()) {
            problems.add("closeness item needs a code and a text");
            return null;
        }
        Scale scale = toScale("closeness.scale", file.scale(), problems);
        return scale == null ? null : new ClosenessItem(file.code(), file.text(), scale);
    }

    private static FlagThresholds toThresholds(FlagsFile flags, List<String> problems) {
        if (flags == null) {
            problems.add("flag thresholds (\"flags\") are missing");
            return null;
        }
        var gap = flags.partnerGap();
        var openness = flags.opennessBarrier();
        var low = flags.lowCondition();
        return new FlagThresholds(
                required("flags.reliableChange", flags.reliableChange(), problems, Double.NaN),
                required("flags.partnerGap.index", gap == null ? null : gap.index(), problems, Double.NaN),
                required("flags.partnerGap.condition", gap == null ? null : gap.condition(), problems, Double.NaN),
                required("flags.opennessBarrier.partnerAtLeast",
                        openness == null ? null : openness.partnerAtLeast(), problems, Double.NaN),
                required("flags.opennessBarrier.selfAtMost",
                        openness == null ? null : openness.selfAtMost(), problems, Double.NaN),
                required("flags.lowCondition.atMost", low == null ? null : low.atMost(), problems, Double.NaN));
    }

    private static <T> T required(String name, T value, List<String> problems, T fallback) {
        if (value == null) {
            problems.add(name + " is missing");
            return fallback;
        }
        return value;
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static InstrumentDefinitionException invalid(String resourceName, List<String> problems, Throwable cause) {
        return new InstrumentDefinitionException(
                "Instrument file " + resourceName + " is invalid: " + String.join("; ", problems), cause);
    }
}
