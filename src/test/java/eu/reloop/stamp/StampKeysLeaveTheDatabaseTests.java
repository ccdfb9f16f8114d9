package eu.reloop.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import eu.reloop.TestServices;
import eu.reloop.embedded.LocalPostgres;

/**
 * A database from before the key files, whose active key's private key is in a column: the migration retires that
 * key (anyone with the database or a backup of it may hold it), has the signer vouch for its public key and drops
 * the column; the next signature makes a key file, and what the old key signed still verifies against its published
 * public key.
 */
class StampKeysLeaveTheDatabaseTests {

    private static final byte[] MESSAGE = "signed before the upgrade".getBytes(StandardCharsets.UTF_8);

    @Test
    void theKeyKeptInTheDatabaseIsRetiredAndStaysPublishedAndANewKeyFileSigns() throws Exception {
        String database = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient.create(as(LocalPostgres.SUPERUSER, "postgres"))
                .sql("create database " + database + " owner " + LocalPostgres.OWNER).update();
        Path keyDirectory = TestServices.temporaryFolder("upgraded-keys-").resolve("keys");
        KeyFileSigner signer = new KeyFileSigner(keyDirectory);
        try {
            migrate(database, signer, "35");
            KeyPair old = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String oldKeyId = StampSigningKeys.keyId(old.getPublic());
            JdbcClient.create(as(LocalPostgres.OWNER, database)).sql("""
                            insert into stamp_signing_key (key_id, public_key, private_key, created_at)
                            values (:id, :public, :private, :at)""")
                    .param("id", oldKeyId).param("public", old.getPublic().getEncoded())
                    .param("private", old.getPrivate().getEncoded()).param("at", Timestamp.from(Instant.now())).update();
            Signature oldSignature = Signature.getInstance("Ed25519");
            oldSignature.initSign(old.getPrivate());
            oldSignature.update(MESSAGE);
            byte[] signedBefore = oldSignature.sign();

            migrate(database, signer, "latest");

            JdbcClient runtime = JdbcClient.create(as(LocalPostgres.RUNTIME, database));
            assertThat(runtime.sql("select column_name from information_schema.columns where table_name = 'stamp_signing_key'")
                    .query(String.class).list()).doesNotContain("private_key");
            assertThat(keyDirectory.resolve(oldKeyId + ".pub")).exists();
            StampSigningKeys keys = new StampSigningKeys(runtime, signer, Clock.systemUTC());
            assertThat(keys.activeKeyId()).isEmpty();

            StampSigningKeys.Signed signedAfter = keys.sign(MESSAGE);

            assertThat(signedAfter.keyId()).isNotEqualTo(oldKeyId);
            assertThat(keyDirectory.resolve(signedAfter.keyId() + ".pem")).exists();
            assertThat(keys.published()).extracting(key -> key.kid() + " " + key.status())
                    .containsExactly(signedAfter.keyId() + " active", oldKeyId + " retired");
            assertThat(PublishedKeys.verify(keys.published(), oldKeyId, MESSAGE, signedBefore)).isTrue();
            assertThat(PublishedKeys.verify(keys.published(), signedAfter.keyId(), MESSAGE, signedAfter.signature())).isTrue();
        } finally {
            JdbcClient.create(as(LocalPostgres.SUPERUSER, "postgres")).sql("drop database " + database + " with (force)").update();
        }
    }

    /** Migrates as the owner, granting the runtime role its rights, as the application does at start-up. */
    private static void migrate(String database, StampSigner signer, String target) {
        Flyway.configure().dataSource(as(LocalPostgres.OWNER, database)).locations("classpath:db/migration")
                .javaMigrations(new PrivateKeysLeaveTheDatabase(signer))
                .placeholders(Map.of("runtime-role", LocalPostgres.RUNTIME)).target(target).load().migrate();
    }

    private static DataSource as(String role, String database) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(),
                TestServices.postgres().jdbcUrl().replaceFirst("/postgres$", "/" + database), role, null);
    }
}
