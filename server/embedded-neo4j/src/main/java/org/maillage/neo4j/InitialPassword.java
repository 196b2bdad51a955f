package org.maillage.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * The password of the {@code neo4j} user, read from the file the Node side generates in the data
 * folder, and set before Bolt ever opens with it, so no client can log in with Neo4j's default
 * password (or race us to change it):
 * <ul>
 *   <li>for a new store, as Neo4j's initial password ({@code auth.ini}, what {@code neo4j-admin dbms
 *       set-initial-password} writes), which the system database reads when it is first created;
 *   <li>for an existing store whose password differs (a store made before Maillage had a password,
 *       or an edited password file), by {@code ALTER USER} in a start with no connector at all.
 * </ul>
 * A marker beside the auth store records which password was applied, so later starts skip both.
 */
final class InitialPassword {

    static final String USER = "neo4j";

    private InitialPassword() {}

    /** The password in {@code file}, trimmed; fails with a clear message when missing or too short. */
    static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("the password file " + file + " does not exist");
        }
        String password = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (password.length() < 8) {
            throw new IOException("the password in " + file + " is shorter than Neo4j's minimum of 8 characters");
        }
        return password;
    }

    /** Sets {@code password} on the neo4j user unless the marker says the store already has it. */
    static void applyIfChanged(Path home, String password) throws IOException {
        Path marker = home.resolve("data").resolve("dbms").resolve("maillage-password.sha256");
        String digest = sha256(password);
        Path systemDatabase = home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (!Files.isDirectory(systemDatabase)) {
            // A new store (whatever an old marker says): its system database is yet to be created.
            writeInitialPassword(home, password);
        } else if (Files.isRegularFile(marker) && Files.readString(marker).trim().equals(digest)) {
            return;
        } else {
            alterPassword(home, password);
        }
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, digest + "\n");
        ownerOnly(marker);
    }

    /** Deletes the initial password file once the system database has read it (Neo4j leaves it). */
    static void forgetInitialPassword(Path home) {
        Path file = initialPasswordFile(home);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("maillage: could not delete " + file + ": " + e.getMessage());
        }
    }

    private static Path initialPasswordFile(Path home) {
        return CommunitySecurityModule.getInitialUserRepositoryFile(
                Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build());
    }

    /** Makes {@code file} readable by its owner only, where the file system has POSIX permissions. */
    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Writes the initial password that a new system database gives the neo4j user. */
    private static void writeInitialPassword(Path home, String password) throws IOException {
        Path file = initialPasswordFile(home);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        FileUserRepository users = new FileUserRepository(
                new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        try {
            users.start();
            users.create(new User(USER, null, SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
            users.shutdown();
            ownerOnly(file);
        } catch (Exception e) {
            throw new IOException("could not write the initial password to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Changes the neo4j user's password in an existing store, with Bolt and HTTP off. */
    private static void alterPassword(Path home, String password) {
        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(16))
                .build();
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // The marker was lost but the password is already this one: nothing to change.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        } finally {
            dbms.shutdown();
        }
        System.err.printf("maillage: set the neo4j user's password in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
