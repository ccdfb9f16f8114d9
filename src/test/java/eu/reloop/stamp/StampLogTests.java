package eu.reloop.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;

@IntegrationTest
class StampLogTests {

    /** What precedes the 32 raw key bytes in every X.509-encoded Ed25519 public key. */
    private static final byte[] ED25519_X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final Random random = new Random();

    @LocalServerPort
    int port;

    @Autowired
    StampLog log;

    @Autowired
    StampSigningKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyEntryIsProvablyInTheSignedTreeAndTheHeadVerifiesOfflineWithThePublishedKey() throws Exception {
        List<LogEntry> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            appended.add(log.append(StampCode.generate(random), StampEvent.ISSUED, Map.of("grade", "EXCELLENT")));
        }
        SignedTreeHead head = log.head();

        assertThat(verifiesOffline(head)).isTrue();
        for (LogEntry entry : appended) {
            StampLog.InclusionProof proof = log.inclusionProof(entry.sequence(), head.treeSize());
            assertThat(proof.rootHash()).isEqualTo(head.rootHash());
            assertThat(MerkleTree.verifyInclusion(Math.toIntExact(entry.sequence()), Math.toIntExact(head.treeSize()),
                    MerkleTree.leafHash(entry.leafInput()), hashes(proof.path()),
                    HexFormat.of().parseHex(head.rootHash()))).isTrue();
        }
        SignedTreeHead forged = new SignedTreeHead(head.treeSize() - 1, head.timestamp(), head.rootHash(), head.keyId(),
                head.signature());
        assertThat(verifiesOffline(forged)).isFalse();
    }

    @Test
    void aLaterHeadProvablyExtendsAnEarlierOne() {
        log.append(StampCode.generate(random), StampEvent.ISSUED, Map.of());
        SignedTreeHead earlier = log.head();
        log.append(StampCode.generate(random), StampEvent.SOLD, Map.of("order", "42"));
        log.append(StampCode.generate(random), StampEvent.REVOKED, Map.of("reason", "Battery \"swelled\"\nafter sale"));
        SignedTreeHead later = log.head();

        StampLog.ConsistencyProof proof = log.consistencyProof(earlier.treeSize(), later.treeSize());

        assertThat(proof.firstRoot()).isEqualTo(earlier.rootHash());
        assertThat(proof.secondRoot()).isEqualTo(later.rootHash());
        assertThat(MerkleTree.verifyConsistency(Math.toIntExact(earlier.treeSize()), Math.toIntExact(later.treeSize()),
                HexFormat.of().parseHex(earlier.rootHash()), HexFormat.of().parseHex(later.rootHash()),
                hashes(proof.path()))).isTrue();
    }

    @Test
    void theApplicationCannotChangeAnEntryAndAChangeBehindItsBackIsDetected() {
        LogEntry entry = log.append(StampCode.generate(random), StampEvent.ISSUED, Map.of("grade", "FAIR"));
        assertThat(log.verify().intact()).isTrue();
        assertThatThrownBy(() -> jdbc.sql("update stamp_log_entry set payload = 'x' where sequence = :sequence")
                .param("sequence", entry.sequence()).update()).hasMessageContaining("append-only");

        String forged = entry.payload().replace("FAIR", "PREMIUM");
        try {
            behindTheApplicationsBack(entry.sequence(), forged);

            StampLog.Verification verification = log.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSequence()).isEqualTo(entry.sequence());
            assertThat(verification.problem()).isEqualTo("its text does not match its hashes");
        } finally {
            // The database is shared with the other tests: put the entry back as it was.
            behindTheApplicationsBack(entry.sequence(), entry.payload());
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void afterRotationNewHeadsUseTheNewKeyAndOldOnesStillVerify() throws Exception {
        SignedTreeHead before = log.head();
        String newKey = TestSecurity.asAdmin(keys::rotate);
        SignedTreeHead after = log.head();

        assertThat(after.keyId()).isEqualTo(newKey).isNotEqualTo(before.keyId());
        assertThat(verifiesOffline(before)).isTrue();
        assertThat(verifiesOffline(after)).isTrue();
        assertThat(keys.published()).filteredOn(key -> key.kid().equals(before.keyId())).singleElement()
                .satisfies(key -> assertThat(key.status()).isEqualTo("retired"));
        assertThat(keys.published()).filteredOn(key -> key.status().equals("active")).singleElement()
                .satisfies(key -> assertThat(key.kid()).isEqualTo(newKey));
    }

    @Test
    void theHeadAndTheKeysArePublicJsonAndBadProofRequestsAreTold() throws Exception {
        log.append(StampCode.generate(random), StampEvent.ISSUED, Map.of());
        HttpResponse<String> head = get("/api/v1/stamp-log/head");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).contains("\"treeSize\":", "\"rootHash\":\"", "\"signature\":\"");

        HttpResponse<String> keySet = get("/.well-known/reloop-stamp-keys.json");
        assertThat(keySet.statusCode()).isEqualTo(200);
        assertThat(keySet.body()).contains("\"kty\":\"OKP\"", "\"crv\":\"Ed25519\"", "\"status\":\"active\"");

        assertThat(get("/api/v1/stamp-log/consistency?first=1&second=1").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/stamp-log/consistency?first=0&second=1").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/stamp-log/consistency?first=0&second=1").body()).contains("\"parameter\":\"first\"");
        assertThat(get("/api/v1/stamp-log/consistency?first=2&second=1").body()).contains("\"parameter\":\"first\"");
        assertThat(get("/api/v1/stamp-log/consistency?first=1&second=999999999").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/stamp-log/consistency?first=1&second=999999999").body())
                .contains("\"parameter\":\"second\"", "current size");
        assertThat(get("/api/v1/stamp-log/consistency?first=one&second=2").body())
                .contains("\"parameter\":\"first\"", "Give a number.");
    }

    /** What an app holding only the published key set does: rebuild the key from its raw bytes and check. */
    private boolean verifiesOffline(SignedTreeHead head) throws GeneralSecurityException {
        StampSigningKeys.PublishedKey published = keys.published().stream()
                .filter(key -> key.kid().equals(head.keyId())).findFirst().orElseThrow();
        byte[] raw = Base64.getUrlDecoder().decode(published.x());
        byte[] x509 = new byte[ED25519_X509_PREFIX.length + raw.length];
        System.arraycopy(ED25519_X509_PREFIX, 0, x509, 0, ED25519_X509_PREFIX.length);
        System.arraycopy(raw, 0, x509, ED25519_X509_PREFIX.length, raw.length);
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        return StampSigningKeys.verify(key, head.signedText().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Base64.getDecoder().decode(head.signature()));
    }

    /** Changes a row as someone with direct database access could: triggers off for this one transaction. */
    private void behindTheApplicationsBack(long sequence, String payload) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update stamp_log_entry set payload = :payload where sequence = :sequence")
                    .param("payload", payload).param("sequence", sequence).update();
        });
    }

    private static List<byte[]> hashes(List<String> hex) {
        return hex.stream().map(HexFormat.of()::parseHex).toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
