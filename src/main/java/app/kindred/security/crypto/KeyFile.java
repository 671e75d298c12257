package app.kindred.security.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key of an embedded install, kept in {@code <data-dir>/keys/kindred.key} so that the data and
 * its key travel together for a single-machine install, readable by the owner only. Created on the
 * first start, reused on every later one.
 */
final class KeyFile {

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private KeyFile() {
    }

    static Path of(Path dataDir) {
        return dataDir.resolve("keys").resolve("kindred.key");
    }

    static List<EncryptionKey> loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            warnIfOthersMayRead(file);
            return EncryptionKey.parseList(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the encryption key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR)}
                    : new FileAttribute<?>[0]);
        }
        // A random id, so that a lost and regenerated key file is told apart from the old one.
        byte[] id = new byte[3];
        new SecureRandom().nextBytes(id);
        EncryptionKey key = EncryptionKey.generate("local-" + HexFormat.of().formatHex(id));
        // Written aside and moved in, so a second process never reads a half-written key.
        Path temp = posix ? Files.createTempFile(dir, "kindred", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(dir, "kindred", ".tmp");
        Files.writeString(temp, key.toSpec() + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            log.warn("Generated the encryption key file {} (key '{}'). Back it up together with the database:"
                    + " without it the encrypted data can not be read.", file, key.id());
        } catch (FileAlreadyExistsException another) {
            Files.deleteIfExists(temp);
        }
    }

    private static void warnIfOthersMayRead(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")
                && !OWNER_ONLY_FILE.containsAll(Files.getPosixFilePermissions(file))) {
            log.warn("The encryption key file {} may be read by other users; run: chmod 600 {}", file, file);
        }
    }
}
