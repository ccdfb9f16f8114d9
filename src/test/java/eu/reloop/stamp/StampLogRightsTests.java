package eu.reloop.stamp;

import static eu.reloop.AppendOnlyTables.rewriteBehindTheApplicationsBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.TestServices;
import eu.reloop.embedded.LocalPostgres;

/**
 * The application's database role can read and append to the stamp log and nothing more, and the key that signs
 * lives in a file only its owner reads, never in the database.
 */
@IntegrationTest
class StampLogRightsTests {

    private static final byte[] MESSAGE = "a statement to sign".getBytes(StandardCharsets.UTF_8);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StampSigningKeys keys;

    @Autowired
    StampLog log;

    private final Random random = new Random();

    @Test
    void theApplicationConnectsAsARoleThatOwnsNothingAndIsNoSuperuser() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(LocalPostgres.RUNTIME);
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("""
                select count(*) from pg_class c
                where c.relnamespace = 'public'::regnamespace and pg_has_role(current_user, c.relowner, 'MEMBER')""")
                .query(Integer.class).single()).isZero();
        assertThat(StampLogRights.beyondAppending(jdbc)).isEmpty();

        List<List<String>> asSuperuser = new ArrayList<>();
        TestServices.inTransactionAs(LocalPostgres.SUPERUSER, superuser -> asSuperuser.add(StampLogRights.beyondAppending(superuser)));
        assertThat(asSuperuser.getFirst()).contains("is a superuser (and so may set session_replication_role)",
                "may update, delete or truncate its rows");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update stamp_log_entry set payload = payload",
            "delete from stamp_log_entry where sequence = (select max(sequence) from stamp_log_entry)",
            "truncate stamp_log_entry",
            "alter table stamp_log_entry disable trigger stamp_log_append_only",
            "alter table stamp_log_entry disable trigger all",
            "set session_replication_role = replica"})
    void theApplicationsRoleCannotChangeTheLogNorSwitchItsTriggerOff(String tampering) {
        // Refused for want of rights, before the append-only trigger would have to.
        assertThatThrownBy(() -> TestServices.inTransactionAs(LocalPostgres.RUNTIME, runtime -> runtime.sql(tampering).update()))
                .rootCause().hasMessageNotContaining("append-only").message().containsAnyOf("permission denied", "must be owner");
    }

    @Test
    void theAppendOnlyTrailsAreAppendOnlyForTheApplicationsRole() {
        for (String table : List.of("stamp_log_entry", "stamp_log_head", "certification_audit", "organisation_audit",
                "account_audit")) {
            assertThat(jdbc.sql("""
                            select has_table_privilege(:table, 'SELECT') and has_table_privilege(:table, 'INSERT')
                                   and not has_table_privilege(:table, 'UPDATE') and not has_table_privilege(:table, 'DELETE')
                                   and not has_table_privilege(:table, 'TRUNCATE')""")
                    .param("table", table).query(Boolean.class).single()).as(table).isTrue();
        }
    }

    @Test
    void theActiveKeyIsAFileOnlyItsOwnerReadsAndTheDatabaseHoldsNoPrivateKey() throws Exception {
        String keyId = activeKeyId();
        Path file = keyFile(keyId);

        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(jdbc.sql("""
                select column_name from information_schema.columns
                where table_name = 'stamp_signing_key' order by ordinal_position""").query(String.class).list())
                .containsExactly("key_id", "public_key", "created_at", "retired_at");
    }

    @Test
    void aSignatureMadeWithTheKeyFileVerifiesAgainstThePublishedKey() throws Exception {
        StampSigningKeys.Signed signed = keys.sign(MESSAGE);
        byte[] fromTheFile = new KeyFileSigner(TestServices.stampKeyDirectory()).sign(signed.keyId(), MESSAGE);

        assertThat(PublishedKeys.verify(keys.published(), signed.keyId(), MESSAGE, signed.signature())).isTrue();
        assertThat(PublishedKeys.verify(keys.published(), signed.keyId(), MESSAGE, fromTheFile)).isTrue();
        assertThat(PublishedKeys.verify(keys.published(), signed.keyId(), "another statement".getBytes(StandardCharsets.UTF_8),
                fromTheFile)).isFalse();
    }

    @Test
    void anActiveKeyWhoseFileIsMissingSignsNothingAndIsNotReplaced() throws Exception {
        String keyId = activeKeyId();
        Path file = keyFile(keyId);
        Path away = file.resolveSibling(keyId + ".away");
        int published = keys.published().size();
        Files.move(file, away);
        try {
            assertThatThrownBy(() -> keys.sign(MESSAGE)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("The private key of stamp key " + keyId + " is not in " + file)
                    .hasMessageContaining("rotate");
            assertThat(keys.activeKeyId()).contains(keyId);
            assertThat(keys.published()).hasSize(published);
        } finally {
            Files.move(away, file);
        }
        assertThat(keys.sign(MESSAGE).keyId()).isEqualTo(keyId);
    }

    @Test
    void aKeyFileHoldingAnotherKeySignsNothing() throws Exception {
        String keyId = activeKeyId();
        Path file = keyFile(keyId);
        Path kept = file.resolveSibling(keyId + ".kept");
        Path elsewhere = TestServices.temporaryFolder("other-keys-").resolve("keys");
        String otherKeyId = StampSigningKeys.keyId(new KeyFileSigner(elsewhere).createKey());
        Files.copy(file, kept);
        Files.copy(elsewhere.resolve(otherKeyId + ".pem"), file, StandardCopyOption.REPLACE_EXISTING);
        try {
            assertThatThrownBy(() -> keys.sign(MESSAGE)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not the one its published public key belongs to");
        } finally {
            Files.move(kept, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void rotationMakesANewKeyFileAndTheOldKeyStaysPublished() throws Exception {
        String before = activeKeyId();

        String after = TestSecurity.asAdmin(keys::rotate);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile(after)))).isEqualTo("rw-------");
        assertThat(keys.published()).extracting(StampSigningKeys.PublishedKey::kid).contains(before, after);
        assertThat(keys.sign(MESSAGE).keyId()).isEqualTo(after);
    }

    /** What the issue asks of keys outside the database: a leaf appended with database rights alone fails the audit. */
    @ParameterizedTest
    @ValueSource(strings = {LocalPostgres.RUNTIME, LocalPostgres.OWNER})
    void aKeyAndALeafWrittenWithDatabaseRightsAloneAreNotBelievedAndTheAuditCatchesThem(String role) throws Exception {
        LogEntry last = log.append(StampCode.generate(random), StampEvent.ISSUED, Map.of());
        KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String forgedKeyId = StampSigningKeys.keyId(forger.getPublic());
        long sequence = last.sequence() + 1;
        byte[] payload = SignedTreeHead.bytes(StampLog.payload(sequence, StampCode.generate(random).value(), StampEvent.ISSUED,
                last.recordedAt(), Map.of("grade", "PREMIUM")));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(forger.getPrivate());
        signer.update(payload);
        byte[] signature = signer.sign();
        byte[] leaf = LogEntry.leafInput(new String(payload, StandardCharsets.UTF_8), forgedKeyId, signature);
        try {
            TestServices.inTransactionAs(role, database -> {
                database.sql("""
                                insert into stamp_signing_key (key_id, public_key, created_at, retired_at)
                                values (:id, :key, now(), now())""")
                        .param("id", forgedKeyId).param("key", forger.getPublic().getEncoded()).update();
                database.sql("""
                                insert into stamp_log_entry (sequence, payload, key_id, signature, previous_hash, entry_hash, leaf_hash)
                                values (:sequence, :payload, :key, :signature, :previous, :entry, :leaf)""")
                        .param("sequence", sequence).param("payload", new String(payload, StandardCharsets.UTF_8))
                        .param("key", forgedKeyId).param("signature", signature).param("previous", last.entryHash())
                        .param("entry", MerkleTree.sha256(last.entryHash(), leaf)).param("leaf", MerkleTree.leafHash(leaf))
                        .update();
            });

            assertThat(keys.published()).extracting(StampSigningKeys.PublishedKey::kid).doesNotContain(forgedKeyId);
            assertThat(keys.verify(forgedKeyId, payload, signature)).isFalse();
            StampLog.Verification audit = log.verify();
            assertThat(audit.firstBrokenSequence()).isEqualTo(sequence);
            assertThat(audit.problem()).isEqualTo("its signature is not the registry's");
        } finally {
            rewriteBehindTheApplicationsBack("delete from stamp_log_entry where sequence = :sequence", Map.of("sequence", sequence));
            rewriteBehindTheApplicationsBack("delete from stamp_signing_key where key_id = :id", Map.of("id", forgedKeyId));
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aKeyIdFromTheDatabaseNamesNoFileOutsideTheKeyFolder() throws Exception {
        KeyFileSigner signer = new KeyFileSigner(TestServices.stampKeyDirectory());
        assertThatThrownBy(() -> signer.sign("../../etc/passwd", MESSAGE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(signer.vouchesFor("../../etc/passwd", KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()))
                .isFalse();
    }

    /** The active key's id, after making sure there is one. */
    private String activeKeyId() {
        return keys.sign(MESSAGE).keyId();
    }

    private static Path keyFile(String keyId) {
        return TestServices.stampKeyDirectory().resolve(keyId + ".pem");
    }
}
