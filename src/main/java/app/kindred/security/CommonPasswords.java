package app.kindred.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The shipped list of the 10,000 most common passwords (see {@code security/common-passwords.txt}
 * for its source). Loaded once, on first use, and kept for the life of the JVM: about 1 MB.
 */
final class CommonPasswords {

    static final String RESOURCE = "security/common-passwords.txt";

    private CommonPasswords() {
    }

    /** Whether the password, ignoring case, is on the list. */
    static boolean contains(String password) {
        return Holder.LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.LIST.size();
    }

    /** Initialization-on-demand: the list is read once, by the first thread that needs it. */
    private static final class Holder {
        static final Set<String> LIST = load();
    }

    private static Set<String> load() {
        InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The common password list " + RESOURCE + " is missing from the build");
        }
        Set<String> list = new HashSet<>(16_384);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("# ")) {
                    list.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return Set.copyOf(list);
    }
}
