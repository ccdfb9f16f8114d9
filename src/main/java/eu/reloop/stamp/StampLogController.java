package eu.reloop.stamp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Min;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public face of the stamp log, the registry's keys and its status list: what lets anyone check the registry. */
@RestController
@Tag(name = "Stamp log", description = "The tamper-evident log of stamp events and the registry's public keys")
class StampLogController {

    /** How long anyone may keep the status list without asking again: a revocation is public within this. */
    private static final Duration STATUS_LIST_CACHED = Duration.ofMinutes(1);

    private final StampLog log;
    private final StampSigningKeys keys;
    private final StampStatusList statusList;

    StampLogController(StampLog log, StampSigningKeys keys, StampStatusList statusList) {
        this.log = log;
        this.keys = keys;
        this.statusList = statusList;
    }

    @GetMapping("/api/v1/stamp-log/head")
    @Operation(summary = "The signed tree head: the log's size and Merkle root now",
            description = "The signature (Ed25519, base64) is over signedText: 'reloop-stamp-log-v1', the size, the "
                    + "time in epoch milliseconds and the root in hex, one per line, each line ending in a newline.")
    SignedTreeHead head() {
        return log.head();
    }

    @GetMapping("/api/v1/stamp-log/consistency")
    @Operation(summary = "Proof that the log at secondSize still contains the log at firstSize unchanged",
            description = "As RFC 9162, section 2.1.4, with SHA-256.")
    StampLog.ConsistencyProof consistency(
            @Parameter(description = "The size of the earlier tree head, at least 1") @RequestParam @Min(1) long first,
            @Parameter(description = "The size of the later tree head, at most the current size") @RequestParam @Min(1) long second) {
        return log.consistencyProof(first, second);
    }

    @GetMapping("/api/v1/stamp-log/entries")
    @Operation(summary = "Entries start to end (both included, at most 1000) as their leaves' exact bytes, as RFC 6962's get-entries",
            description = "leafInput (base64) is what the Merkle tree hashes: the signed text, then, for a signed entry, a "
                    + "newline, the key id, a newline and the Ed25519 signature of the text in base64. See docs/stamp-log.md.")
    List<StampLog.PublishedEntry> entries(
            @Parameter(description = "The first entry's sequence, from 0") @RequestParam @Min(0) long start,
            @Parameter(description = "The last entry's sequence; cut to start + 999 and to the log's end") @RequestParam long end) {
        return log.entries(start, end);
    }

    @GetMapping("/api/v1/stamp-log/heads")
    @Operation(summary = "Every tree head the registry signed from a time on, oldest first, at most 1000",
            description = "For more, ask again from the last head's timestamp (it comes again).")
    List<SignedTreeHead> heads(@Parameter(description = "ISO-8601 instant, e.g. 2026-12-01T00:00:00Z; from the first head when left out")
            @RequestParam(required = false) @Nullable Instant since) {
        return log.heads(since);
    }

    @GetMapping("/.well-known/reloop-stamp-keys.json")
    @Operation(summary = "The registry's public keys, active and retired, as a JSON Web Key Set (RFC 8037)")
    Map<String, List<StampSigningKeys.PublishedKey>> keys() {
        return Map.of("keys", keys.published());
    }

    @GetMapping(value = "/.well-known/reloop-stamp-status.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The signed list of every revoked stamp code, for checks with no connection",
            description = "Signed again on every revocation and once six hours old; nextUpdate says by when the "
                    + "next comes. The Ed25519 signature (base64url) is over the document without its signature "
                    + "member; docs/stamp-status-list.md gives every byte.")
    ResponseEntity<String> statusList() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(STATUS_LIST_CACHED).cachePublic())
                .body(statusList.current());
    }
}
