package eu.reloop.stamp;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed list of revoked stamps that {@code /.well-known/reloop-stamp-status.json} serves, so that a check
 * with no connection can say "not revoked as of" a time (format: {@code docs/stamp-status-list.md}). It is
 * signed again after every revocation and whenever it is older than {@link #RENEW_AFTER}, and promises the next
 * one within {@link #NEXT_UPDATE_WITHIN}, which leaves room for missed renewals. The latest is stored as the
 * exact text served, so that every instance serves the same bytes.
 */
@Service
class StampStatusList {

    static final String TYPE = "reloop-stamp-status-list";
    static final Duration RENEW_AFTER = Duration.ofHours(6);
    static final Duration NEXT_UPDATE_WITHIN = Duration.ofHours(24);
    /** Signing names the key before it signs; a key made or rotated in between costs one more signature. */
    private static final int SIGNING_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final StampLog log;
    private final StampSigningKeys keys;
    private final Clock clock;

    StampStatusList(JdbcClient jdbc, StampLog log, StampSigningKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.keys = keys;
        this.clock = clock;
    }

    /** The latest signed list, as served; signed now if there is none yet. */
    @Transactional
    String current() {
        return jdbc.sql("select document from stamp_status_list").query(String.class).optional().orElseGet(this::renew);
    }

    /** Signs the list of the log as it is now and keeps it as the latest; returns it. */
    @Transactional
    String renew() {
        // Renewals one at a time, so that a list read from a smaller log never replaces a newer one.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('stamp_status_list'))").query(Object.class).optional();
        StampLog.Revocations revocations = log.revocations();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String keyId = keys.activeKeyId().orElse("");
        for (int attempt = 0; attempt < SIGNING_ATTEMPTS; attempt++) {
            String body = body(revocations, now, keyId);
            StampSigningKeys.Signed signed = keys.sign(SignedTreeHead.bytes(body));
            if (signed.keyId().equals(keyId)) {
                String document = body.substring(0, body.length() - 1) + ",\"signature\":"
                        + CanonicalJson.quoted(Base64.getUrlEncoder().withoutPadding().encodeToString(signed.signature())) + "}";
                jdbc.sql("""
                                insert into stamp_status_list (id, document, issued_at) values (true, :document, :issued)
                                on conflict (id) do update set document = excluded.document, issued_at = excluded.issued_at""")
                        .param("document", document).param("issued", Timestamp.from(now)).update();
                return document;
            }
            keyId = signed.keyId();
        }
        throw new IllegalStateException("The signing key changed during each of " + SIGNING_ATTEMPTS + " attempts");
    }

    /** Renews the list unless the latest is younger than {@link #RENEW_AFTER}. */
    @Transactional
    void renewWhenOld() {
        Optional<Instant> issued = jdbc.sql("select issued_at from stamp_status_list").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
        if (issued.filter(at -> at.isAfter(clock.instant().minus(RENEW_AFTER))).isEmpty()) {
            renew();
        }
    }

    /** The signed text: canonical JSON, its members in this order (the served document adds the signature). */
    private static String body(StampLog.Revocations revocations, Instant issuedAt, String keyId) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", TYPE);
        members.put("v", 1);
        members.put("issuedAt", issuedAt.toString());
        members.put("nextUpdate", issuedAt.plus(NEXT_UPDATE_WITHIN).toString());
        members.put("logSize", revocations.logSize());
        members.put("logRoot", revocations.logRoot());
        members.put("keyId", keyId);
        members.put("revoked", revocations.codes());
        return CanonicalJson.object(members);
    }
}
