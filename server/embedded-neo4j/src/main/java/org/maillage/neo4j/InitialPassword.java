package org.maillage.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * The password of the {@code neo4j} user, read from the file the Node side generates in the data
 * folder. Before Bolt is ever opened with that password for the first time, it is set on the
 * {@code neo4j} user in a start with no connector at all, so no client can log in with Neo4j's
 * default password (or race us to change it). A marker beside the auth store records which password
 * was applied, so later starts skip that step, and editing the file rotates the password.
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

    /** Sets {@code password} on the neo4j user unless the marker says it already is. */
    static void applyIfChanged(Path home, String password) throws IOException {
        Path marker = home.resolve("data").resolve("dbms").resolve("maillage-password.sha256");
        String digest = sha256(password);
        if (Files.isRegularFile(marker) && Files.readString(marker).trim().equals(digest)) {
            return;
        }
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
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, digest + "\n");
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
