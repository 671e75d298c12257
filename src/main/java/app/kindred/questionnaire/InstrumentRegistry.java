package app.kindred.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every instrument version the app knows, loaded and validated once at start-up so that a broken
 * file stops the app instead of mis-scoring a client. Old versions stay loaded: a response is
 * always scored with the version it was answered on.
 */
public class InstrumentRegistry {

    public static final String DEFAULT_RESOURCE = "instruments/eic-22.json";

    private final Map<String, NavigableMap<Integer, Instrument>> byId;

    /** @param resourceNames classpath resources, e.g. {@code instruments/eic-22.json} */
    public InstrumentRegistry(List<String> resourceNames) {
        Map<String, NavigableMap<Integer, Instrument>> loaded = new HashMap<>();
        for (String resourceName : resourceNames) {
            Instrument instrument = load(resourceName);
            Instrument clash = loaded.computeIfAbsent(instrument.id(), id -> new TreeMap<>())
                    .putIfAbsent(instrument.version(), instrument);
            if (clash != null) {
                throw new InstrumentDefinitionException("Instrument file " + resourceName
                        + " defines " + instrument.label() + ", which another file already defines");
            }
        }
        loaded.replaceAll((id, versions) -> Collections.unmodifiableNavigableMap(versions));
        this.byId = Map.copyOf(loaded);
    }

    public static InstrumentRegistry loadDefault() {
        return new InstrumentRegistry(List.of(DEFAULT_RESOURCE));
    }

    public Instrument get(String id, int version) {
        Instrument instrument = versions(id).get(version);
        if (instrument == null) {
            throw new UnknownInstrumentException("Instrument " + id + " version " + version + " does not exist");
        }
        return instrument;
    }

    /** The highest version: what new invitations are answered on. */
    public Instrument current(String id) {
        return versions(id).lastEntry().getValue();
    }

    public List<Instrument> all() {
        return byId.values().stream().flatMap(versions -> versions.values().stream()).toList();
    }

    private NavigableMap<Integer, Instrument> versions(String id) {
        NavigableMap<Integer, Instrument> versions = byId.get(id);
        if (versions == null) {
            throw new UnknownInstrumentException("Instrument " + id + " does not exist");
        }
        return versions;
    }

    private static Instrument load(String resourceName) {
        ClassLoader loader = InstrumentRegistry.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new InstrumentDefinitionException("Instrument file " + resourceName + " is not on the classpath");
            }
            return InstrumentFileReader.read(resourceName, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Closing instrument file " + resourceName + " failed", e);
        }
    }
}
