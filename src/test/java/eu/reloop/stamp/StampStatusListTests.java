package eu.reloop.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The signed list of revoked stamps, checked as docs/stamp-status-list.md tells an outsider to check it. */
@IntegrationTest
class StampStatusListTests {

    private static final String STATUS_LIST = "/.well-known/reloop-stamp-status.json";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    StampTestSetup setup;

    @Autowired
    Stamps stamps;

    @Autowired
    StampLog log;

    @Autowired
    StampStatusList statusList;

    @Autowired
    TestClock clock;

    @Autowired
    JsonMapper json;

    @Test
    void aRevocationIsOnTheSignedListOnceItsEventIsHandledAndItsQrStatementIsToldAsRevoked() throws Exception {
        StampTestSetup.Issuers issuers = setup.phoneIssuers();
        Stamp revoked = setup.stampedPhone(issuers);
        Stamp inForce = setup.stampedPhone(issuers);
        Instant beforeRevocation = clock.instant();
        assertThat(statementOf(revoked)).satisfies(check -> {
            assertThat(check.verdict()).isEqualTo(StatementCheck.Verdict.NOT_REVOKED);
            assertThat(check.statusAsOf()).isAfterOrEqualTo(beforeRevocation);
        });

        setup.revoke(issuers, revoked, "The label was moved to another phone");

        // The statement is still the registry's own, and is told as revoked: never as genuine alone.
        assertThat(statementOf(revoked).verdict()).isEqualTo(StatementCheck.Verdict.REVOKED);
        assertThat(statementOf(inForce).verdict()).isEqualTo(StatementCheck.Verdict.NOT_REVOKED);

        String document = await().atMost(Duration.ofSeconds(30)).until(() -> get(STATUS_LIST).body(),
                served -> served.contains("\"" + revoked.code().value() + "\""));
        JsonNode list = json.readTree(document);
        List<String> codes = StreamSupport.stream(list.get("revoked").spliterator(), false).map(JsonNode::asString).toList();
        assertThat(codes).contains(revoked.code().value()).doesNotContain(inForce.code().value()).isSorted();
        assertThat(verifiesWithThePublishedKey(document)).isTrue();
        assertThat(verifiesWithThePublishedKey(document.replace("\"" + revoked.code().value() + "\"",
                "\"" + inForce.code().value() + "\""))).isFalse();

        // It covers the log up to the revocation at least, and names the root of the log of its size.
        long logSize = list.get("logSize").asLong();
        assertThat(logSize).isGreaterThan(log.entriesOf(revoked.code()).getLast().sequence());
        assertThat(list.get("logRoot").asString()).isEqualTo(log.inclusionProof(0, logSize).rootHash());
        assertThat(Instant.parse(list.get("nextUpdate").asString()))
                .isEqualTo(Instant.parse(list.get("issuedAt").asString()).plus(Duration.ofHours(24)));
    }

    @Test
    void theListIsPublicJsonThatMayBeKeptAMinuteAndIsSignedAgainOnlyOnceItIsOld() throws Exception {
        // A client with no session that follows no redirect.
        HttpResponse<String> answer = get(STATUS_LIST);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.headers().firstValue("Cache-Control")).contains("max-age=60, public");
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(answer.body()).startsWith("{\"type\":\"reloop-stamp-status-list\",\"v\":1,\"issuedAt\":\"");

        String current = statusList.current();
        statusList.renewWhenOld();
        assertThat(statusList.current()).isEqualTo(current);
        clock.advance(StampStatusList.RENEW_AFTER.plusMinutes(1));
        try {
            statusList.renewWhenOld();
            String renewed = statusList.current();
            assertThat(Instant.parse(json.readTree(renewed).get("issuedAt").asString()))
                    .isAfter(Instant.parse(json.readTree(current).get("issuedAt").asString()).plus(StampStatusList.RENEW_AFTER));
            assertThat(verifiesWithThePublishedKey(renewed)).isTrue();
        } finally {
            clock.reset();
            // The list kept for the next tests is of now, not of hours ahead.
            statusList.renew();
        }
    }

    private boolean verifiesWithThePublishedKey(String document) throws Exception {
        return StatusListCheck.verifies(document, get("/.well-known/reloop-stamp-keys.json").body());
    }

    private StatementCheck statementOf(Stamp stamp) {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(stamp.signedPayload().getBytes(StandardCharsets.UTF_8));
        return stamps.checkStatement(stamp.code(), payload, stamp.signature(), stamp.keyId());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
