package org.maillage.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.bolt.BoltServer;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs a Neo4j Community DBMS in this JVM with Bolt on a loopback address, for Maillage's default
 * set-up. Configured by system properties (see {@link Options}); speaks to its parent process on
 * stdout with one line: {@code READY <bolt-uri>} once Bolt accepts connections, or
 * {@code ERROR <message>} before exiting with status 2. It shuts down cleanly on SIGTERM/SIGINT and
 * when its standard input closes, so it never outlives the Node process that started it.
 *
 * <p>Bolt asks for the {@code neo4j} user's password (see {@link InitialPassword}), only the APOC
 * procedures and functions in {@link #APOC_ALLOWLIST} are loaded, and WebSocket upgrades from web
 * pages of other origins are refused (see {@link BoltOriginGuard}).
 */
public final class EmbeddedNeo4j {

    /**
     * The APOC procedures and functions Maillage needs: those @neo4j/graphql 7 generates (its
     * REQUIRED_APOC_FUNCTIONS plus the apoc.util.validate procedure of its authorization and
     * arithmetic checks). Maillage's own Cypher calls no APOC. None needs unrestricted access.
     */
    static final List<String> APOC_ALLOWLIST =
            List.of("apoc.util.validate", "apoc.util.validatePredicate", "apoc.date.convertFormat");

    /** Settings read from system properties, with the defaults used by `npm start`. */
    record Options(
            Path home,
            Path plugins,
            Path passwordFile,
            String host,
            int port,
            long pageCacheBytes,
            Set<String> allowedOrigins) {
        static Options fromSystemProperties() {
            return new Options(
                    Path.of(require("maillage.home")).toAbsolutePath(),
                    Path.of(require("maillage.plugins")).toAbsolutePath(),
                    Path.of(require("maillage.passwordFile")).toAbsolutePath(),
                    System.getProperty("maillage.host", "127.0.0.1"),
                    Integer.parseInt(System.getProperty("maillage.port", "7687")),
                    ByteUnit.mebiBytes(Long.parseLong(System.getProperty("maillage.pageCacheMb", "512"))),
                    Arrays.stream(System.getProperty("maillage.allowedOrigins", "").split(","))
                            .map(String::trim)
                            .filter(origin -> !origin.isEmpty())
                            .collect(Collectors.toUnmodifiableSet()));
        }

        private static String require(String name) {
            String value = System.getProperty(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("system property -D" + name + " is required");
            }
            return value;
        }
    }

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        Options options;
        String password;
        try {
            options = Options.fromSystemProperties();
            Files.createDirectories(options.home());
            password = InitialPassword.read(options.passwordFile());
        } catch (IllegalArgumentException | IOException e) {
            fail(e.getMessage());
            return;
        }

        DatabaseManagementService dbms;
        try {
            InitialPassword.applyIfChanged(options.home(), password);
            dbms = start(options);
            InitialPassword.forgetInitialPassword(options.home());
        } catch (RuntimeException | IOException e) {
            fail(describeStartFailure(e, options));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "maillage-neo4j-shutdown"));
        exitWhenParentGoesAway();

        System.out.println("READY bolt://" + options.host() + ":" + options.port());
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds and starts the DBMS with Bolt only (password required), the allowed APOC from the plugin folder. */
    private static DatabaseManagementService start(Options options) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.home())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.host(), options.port()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(options.host(), options.port()))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.plugin_dir, options.plugins())
                .setConfig(GraphDatabaseSettings.procedure_allowlist, APOC_ALLOWLIST)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of())
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        BoltOriginGuard.install(system.getDependencyResolver().resolveDependency(BoltServer.class), options.allowedOrigins());
        // Opening the default database proves the store is usable before we report READY.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        return dbms;
    }

    /** Turns the usual start failures into one line a person can act on. */
    private static String describeStartFailure(Exception error, Options options) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return "port " + options.port() + " on " + options.host()
                        + " is already in use: stop the other process or set NEO4J_BOLT_PORT";
            }
            if (cause instanceof FileLockException) {
                return "the store at " + options.home()
                        + " is locked by another Neo4j process: stop it, or set MAILLAGE_DATA_DIR to another folder";
            }
        }
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "Neo4j failed to start: " + root.getClass().getSimpleName() + ": " + root.getMessage()
                + " (see " + options.home().resolve("logs/debug.log") + ")";
    }

    /** Exits (running the shutdown hook) when stdin reaches EOF, i.e. when the parent process dies. */
    private static void exitWhenParentGoesAway() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.exit(0);
        }, "maillage-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void fail(String message) {
        System.out.println("ERROR " + message.replace('\n', ' '));
        System.out.flush();
        System.exit(2);
    }
}
