package app.kindred.privacy;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Builds the export's JSON objects in the order they should read. Times and enums become strings
 * here, so the file does not depend on how some ObjectMapper is configured.
 */
final class Json {

    private Json() {
    }

    /** From alternating keys and values; {@code null} values stay, as explicit "nothing stored". */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], value(keysAndValues[i + 1]));
        }
        return object;
    }

    private static Object value(Object value) {
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof Iterable<?> list) {
            return StreamSupport.stream(list.spliterator(), false).map(Json::value).toList();
        }
        return value;
    }
}
