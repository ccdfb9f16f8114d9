package eu.reloop.stamp;

import static eu.reloop.AppendOnlyTables.rewriteBehindTheApplicationsBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.RefusedInserts;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.Role;
import eu.reloop.market.MarketTestSetup;

/**
 * The log as someone with the database's owner rights could change it, behind the application's back: every
 * change of what a stamp's check shows is caught by the self-audit, which turns health DOWN and tells admins
 * once, and the stamp's own check stops vouching for it at once. Each test puts the log back as it was.
 */
@IntegrationTest
class StampLogAuditTests {

    private final Random random = new Random();

    @LocalServerPort
    int port;

    @Autowired
    StampLog log;

    @Autowired
    StampLogAudit audit;

    @Autowired
    Stamps stamps;

    @Autowired
    MarketTestSetup market;

    @Autowired
    CertificationTestSetup setup;

    @Autowired
    JdbcClient jdbc;

    MarketTestSetup.Centre centre;
    String certifier;
    String admin;

    @BeforeEach
    void aCertifiedCentreAndAnIntactLog() {
        centre = market.certifiedCentre("Audit Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        certifier = setup.account("certifier", Role.CERTIFIER);
        admin = setup.account("admin", Role.ADMIN);
        assertThat(audit.audit().intact()).isTrue();
    }

    @AfterEach
    void theLogIsIntactAgain() throws Exception {
        assertThat(audit.audit().intact()).isTrue();
        assertThat(health()).contains("\"stampLog\":{\"status\":\"UP\"}");
    }

    @Test
    void everyEntryIsSignedAndOutsidersGetItsExactLeafBytes() throws Exception {
        Stamp stamp = market.stampedPhone(centre);
        LogEntry issue = log.entriesOf(stamp.code()).getFirst();
        assertThat(issue.keyId()).isNotNull();
        assertThat(new String(issue.leafInput(), StandardCharsets.UTF_8))
                .isEqualTo(issue.payload() + "\n" + issue.keyId() + "\n" + Base64.getEncoder().encodeToString(issue.signature()));
        assertThat(issue.details()).containsEntry("report", ReportDigest.of(stamp.report()));

        HttpResponse<String> entries = get("/api/v1/stamp-log/entries?start=" + issue.sequence() + "&end=" + issue.sequence());
        assertThat(entries.statusCode()).isEqualTo(200);
        assertThat(entries.body()).contains("\"leafInput\":\"" + Base64.getEncoder().encodeToString(issue.leafInput()) + "\"");

        SignedTreeHead head = log.head();
        assertThat(log.heads(head.timestamp())).contains(head);
        HttpResponse<String> proof = get("/api/v1/stamps/" + stamp.code().value() + "/proof?treeSize=" + head.treeSize());
        assertThat(proof.body()).contains("\"leafHash\":\"" + HexFormat.of().formatHex(MerkleTree.leafHash(issue.leafInput())),
                "\"rootHash\":\"" + head.rootHash());
        assertThat(get("/api/v1/stamps/" + stamp.code().value() + "/proof?treeSize=" + issue.sequence()).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/stamp-log/entries?start=0").body()).contains("end");
        assertThat(get("/api/v1/stamp-log/consistency?first=1").statusCode()).isEqualTo(400);
    }

    @Test
    void unRevokingByEditingTheEntryIsCaughtAndTheStampIsNoLongerVouchedFor() throws Exception {
        Stamp stamp = market.stampedPhone(centre);
        LogEntry revocation = revoked(stamp);
        long mailsBefore = adminMails();
        try {
            rewritePayload(revocation, revocation.payload().replace("\"REVOKED\"", "\"SOLD\""));

            assertThat(stamps.verify(stamp.code()).orElseThrow().status()).isEqualTo(StampVerification.Status.UNVERIFIABLE);
            assertThat(stamps.inForce(stamp.code())).isFalse();
            StampLog.Verification verification = audit.audit();
            assertThat(verification.firstBrokenSequence()).isEqualTo(revocation.sequence());
            assertThat(health()).contains("\"stampLog\":{\"status\":\"DOWN\"}");
            audit.audit();
            assertThat(adminMails()).as("admins are told once, not at every audit").isEqualTo(mailsBefore + 1);
        } finally {
            rewritePayload(revocation, revocation.payload());
        }
    }

    /**
     * The scheduled audit keeps its outcome only with its notice, so one that could not be told is told by the next
     * audit. (Once only here: a call takes the job's lock for the whole interval, as the scheduler's does.)
     */
    @Test
    void aScheduledAuditWhoseNoticeFailsKeepsNoOutcomeSoTheNextOneTellsTheAdmins() {
        LogEntry revocation = revoked(market.stampedPhone(centre));
        long mailsBefore = adminMails();
        long auditsBefore = audits();
        try {
            rewritePayload(revocation, revocation.payload().replace("\"REVOKED\"", "\"SOLD\""));
            try (RefusedInserts refused = RefusedInserts.into("outbound_mail", "true")) {
                assertThatThrownBy(audit::scheduledAudit).isInstanceOf(DataAccessException.class);
            }
            assertThat(audits()).isEqualTo(auditsBefore);

            assertThat(audit.audit().intact()).isFalse();

            assertThat(adminMails()).isEqualTo(mailsBefore + 1);
        } finally {
            rewritePayload(revocation, revocation.payload());
        }
    }

    /** The stamp revoked by a certifier, and the log's entry of it. */
    private LogEntry revoked(Stamp stamp) {
        TestSecurity.as(certifier, () -> {
            stamps.revoke(stamp.code(), "Stolen goods");
            return null;
        }, Role.CERTIFIER.authority());
        return log.entriesOf(stamp.code()).getLast();
    }

    private static void rewritePayload(LogEntry entry, String payload) {
        rewriteBehindTheApplicationsBack("update stamp_log_entry set payload = :payload where sequence = :sequence",
                Map.of("payload", payload, "sequence", entry.sequence()));
    }

    private long audits() {
        return jdbc.sql("select count(*) from stamp_log_audit").query(Long.class).single();
    }

    @Test
    void aReportChangedAfterIssueIsCaught() {
        Stamp stamp = market.stampedPhone(centre);
        String original = jdbc.sql("select report::text from stamp where code = :code").param("code", stamp.code().value())
                .query(String.class).single();
        try {
            rewriteBehindTheApplicationsBack("update stamp set report = jsonb_set(report, '{batteryHealthPercent}', '99') where code = :code",
                    Map.of("code", stamp.code().value()));

            assertThat(stamps.verify(stamp.code()).orElseThrow().status()).isEqualTo(StampVerification.Status.UNVERIFIABLE);
            assertThat(audit.audit().problem()).isEqualTo("the report of stamp " + stamp.code().value() + " changed after its issue");
        } finally {
            rewriteBehindTheApplicationsBack("update stamp set report = cast(:report as jsonb) where code = :code",
                    Map.of("report", original, "code", stamp.code().value()));
        }
        assertThat(stamps.verify(stamp.code()).orElseThrow().status()).isEqualTo(StampVerification.Status.VALID);
    }

    @Test
    void aDeletedEntryShowsAgainstTheHeadSignedBefore() {
        LogEntry last = log.append(StampCode.generate(random), StampEvent.ISSUED, Map.of());
        SignedTreeHead kept = log.head();
        try {
            rewriteBehindTheApplicationsBack("delete from stamp_log_entry where sequence = :sequence", Map.of("sequence", last.sequence()));

            assertThat(audit.audit().problem())
                    .isEqualTo("the log has " + last.sequence() + " entries, fewer than the signed head of size " + kept.treeSize());
        } finally {
            reinsert(last);
        }
    }

    @Test
    void aForgedEntryWithRightHashesButNoRegistrySignatureIsCaughtAndAnOldHeadProvesTheRewrite() {
        LogEntry genuine = log.append(StampCode.generate(random), StampEvent.ISSUED, Map.of("grade", "FAIR"));
        SignedTreeHead kept = log.head();
        // Someone with database rights alone rewrites the entry as PREMIUM, with every hash made right, signed by a key
        // of their own (and unsigned, the other way to try).
        String forged = genuine.payload().replace("FAIR", "PREMIUM");
        for (String keyId : new String[] {genuine.keyId(), null}) {
            byte[] signature = keyId == null ? null : new byte[64];
            byte[] leaf = LogEntry.leafInput(forged, keyId, signature);
            try {
                rewriteBehindTheApplicationsBack("""
                                update stamp_log_entry set payload = :payload, key_id = :key, signature = :signature,
                                       entry_hash = :entry, leaf_hash = :leaf where sequence = :sequence""",
                        params("payload", forged, "key", keyId, "signature", signature, "entry",
                                MerkleTree.sha256(genuine.previousHash(), leaf), "leaf", MerkleTree.leafHash(leaf),
                                "sequence", genuine.sequence()));

                assertThat(audit.audit().problem()).isIn("its signature is not the registry's",
                        "it is not signed, and entries since 0 are");
                // Whoever kept the earlier head finds the log rewritten: the root at that size is no longer the signed one.
                assertThat(log.consistencyProof(kept.treeSize(), kept.treeSize()).firstRoot()).isNotEqualTo(kept.rootHash());
            } finally {
                rewriteBehindTheApplicationsBack("""
                                update stamp_log_entry set payload = :payload, key_id = :key, signature = :signature,
                                       entry_hash = :entry, leaf_hash = :leaf where sequence = :sequence""",
                        params("payload", genuine.payload(), "key", genuine.keyId(), "signature", genuine.signature(),
                                "entry", genuine.entryHash(), "leaf", genuine.leafHash(), "sequence", genuine.sequence()));
            }
        }
    }

    private void reinsert(LogEntry entry) {
        rewriteBehindTheApplicationsBack("""
                        insert into stamp_log_entry (sequence, payload, key_id, signature, previous_hash, entry_hash, leaf_hash)
                        values (:sequence, :payload, :key, :signature, :previous, :entry, :leaf)""",
                params("sequence", entry.sequence(), "payload", entry.payload(), "key", entry.keyId(), "signature",
                        entry.signature(), "previous", entry.previousHash(), "entry", entry.entryHash(), "leaf", entry.leafHash()));
    }

    /** Named parameters, some of them null (which {@link Map#of} refuses). */
    private static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private long adminMails() {
        return jdbc.sql("""
                        select count(*) from outbound_mail
                        where recipient = :admin and subject like 'ReLoop: The stamp log failed its self-audit%'""")
                .param("admin", admin).query(Long.class).single();
    }

    private String health() throws Exception {
        return get("/actuator/health").body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
