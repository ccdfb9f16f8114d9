package eu.reloop.stamp;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.shared.RefusedException;

/**
 * The tamper-evident log of stamp events. Entries are only ever appended (the database refuses
 * updates and deletes); each carries the hash of the one before, and all of them are the leaves of a
 * Merkle tree whose head the registry signs. Proofs let anyone check that an entry is in the log and
 * that a later log still contains an earlier one unchanged.
 */
@Service
public class StampLog {

    private static final byte[] NOTHING_BEFORE = new byte[32];

    private final JdbcClient jdbc;
    private final StampSigningKeys keys;
    private final Clock clock;
    private final AtomicReference<@Nullable SignedTreeHead> latestHead = new AtomicReference<>();

    StampLog(JdbcClient jdbc, StampSigningKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** That leaf {@code sequence} is in the tree of {@code treeSize} with root {@code rootHash} (hex throughout). */
    public record InclusionProof(long sequence, long treeSize, String leafHash, List<String> path, String rootHash) {
    }

    /** That the tree of {@code secondSize} contains the tree of {@code firstSize} unchanged (hex throughout). */
    public record ConsistencyProof(long firstSize, long secondSize, String firstRoot, String secondRoot, List<String> path) {
    }

    /** The codes revoked in the log's first {@code logSize} entries, sorted, and the Merkle root of those entries (hex). */
    public record Revocations(long logSize, String logRoot, List<String> codes) {
    }

    /** The outcome of checking every entry against its hashes and its predecessor. */
    public record Verification(boolean intact, long entries, @Nullable Long firstBrokenSequence, @Nullable String problem) {
    }

    /**
     * Appends an event in the caller's transaction; appends are serialised so that the chain never forks. Only
     * this module's services append, after their own checks of who may do what.
     */
    @Transactional
    LogEntry append(StampCode code, StampEvent event, Map<String, String> details) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('stamp_log_entry'))").query(Object.class).optional();
        Optional<LogEntry> last = jdbc.sql("select * from stamp_log_entry order by sequence desc limit 1")
                .query((rs, row) -> entry(rs)).optional();
        long sequence = last.map(entry -> entry.sequence() + 1).orElse(0L);
        byte[] previousHash = last.map(LogEntry::entryHash).orElse(NOTHING_BEFORE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String payload = payload(sequence, code.value(), event, now, details);
        byte[] bytes = SignedTreeHead.bytes(payload);
        LogEntry entry = new LogEntry(sequence, code.value(), event, payload, now, previousHash,
                MerkleTree.sha256(previousHash, bytes), MerkleTree.leafHash(bytes));
        jdbc.sql("""
                        insert into stamp_log_entry (sequence, stamp_code, event, payload, recorded_at, previous_hash,
                                                     entry_hash, leaf_hash)
                        values (:sequence, :code, :event, :payload, :at, :previous, :entry, :leaf)""")
                .param("sequence", sequence).param("code", code.value()).param("event", event.name())
                .param("payload", payload).param("at", Timestamp.from(now)).param("previous", previousHash)
                .param("entry", entry.entryHash()).param("leaf", entry.leafHash()).update();
        return entry;
    }

    @Transactional(readOnly = true)
    public List<LogEntry> entriesOf(StampCode code) {
        return jdbc.sql("select * from stamp_log_entry where stamp_code = :code order by sequence")
                .param("code", code.value()).query((rs, row) -> entry(rs)).list();
    }

    /**
     * The current size and root, signed with the registry's key. Asked for by anyone, so a head is signed
     * once per log size and key and then served again until the log grows or the key rotates.
     */
    @Transactional
    public SignedTreeHead head() {
        long size = jdbc.sql("select count(*) from stamp_log_entry").query(Long.class).single();
        SignedTreeHead cached = latestHead.get();
        if (cached != null && cached.treeSize() == size && keys.activeKeyId().filter(cached.keyId()::equals).isPresent()) {
            return cached;
        }
        List<byte[]> leaves = leafHashes(Long.MAX_VALUE);
        String root = SignedTreeHead.hex(MerkleTree.root(leaves));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        StampSigningKeys.Signed signed = keys.sign(SignedTreeHead.bytes(SignedTreeHead.signedText(leaves.size(), now, root)));
        SignedTreeHead head = new SignedTreeHead(leaves.size(), now, root, signed.keyId(),
                Base64.getEncoder().encodeToString(signed.signature()));
        latestHead.set(head);
        return head;
    }

    /**
     * Every revocation in the log as it is now. Entries commit in sequence order (appends hold a lock until they
     * commit), so the revocations below the size read first are all there is in a log of that size.
     */
    @Transactional(readOnly = true)
    public Revocations revocations() {
        List<byte[]> leaves = leafHashes(Long.MAX_VALUE);
        List<String> codes = jdbc.sql("select distinct stamp_code from stamp_log_entry where event = 'REVOKED' and sequence < :size")
                .param("size", leaves.size()).query(String.class).list();
        // Sorted by character code here, whatever the database's collation.
        return new Revocations(leaves.size(), SignedTreeHead.hex(MerkleTree.root(leaves)), codes.stream().sorted().toList());
    }

    /** The proof for entry {@code sequence} in the tree of {@code treeSize} (the whole log if larger). */
    @Transactional(readOnly = true)
    public InclusionProof inclusionProof(long sequence, long treeSize) {
        List<byte[]> leaves = leafHashes(treeSize);
        if (sequence < 0 || sequence >= leaves.size()) {
            throw new IllegalArgumentException("Entry " + sequence + " is not in a log of " + leaves.size());
        }
        int index = Math.toIntExact(sequence);
        return new InclusionProof(sequence, leaves.size(), SignedTreeHead.hex(leaves.get(index)),
                MerkleTree.inclusionProof(leaves, index).stream().map(SignedTreeHead::hex).toList(),
                SignedTreeHead.hex(MerkleTree.root(leaves)));
    }

    /** Refused, naming the size to change, unless {@code 1 <= first <= second <= } the log's size. */
    @Transactional(readOnly = true)
    public ConsistencyProof consistencyProof(long first, long second) {
        List<byte[]> leaves = leafHashes(second);
        if (first < 1 || first > second) {
            throw RefusedException.onField("first", "stamp-log.api.first", second);
        }
        if (second > leaves.size()) {
            throw RefusedException.onField("second", "stamp-log.api.second", leaves.size());
        }
        int firstSize = Math.toIntExact(first);
        return new ConsistencyProof(first, second, SignedTreeHead.hex(MerkleTree.root(leaves.subList(0, firstSize))),
                SignedTreeHead.hex(MerkleTree.root(leaves)),
                MerkleTree.consistencyProof(leaves, firstSize).stream().map(SignedTreeHead::hex).toList());
    }

    /**
     * Recomputes every entry's hashes from its stored text and checks each link to the one before (a row
     * changed behind the application's back shows as the first broken sequence), then that every stamp's
     * row agrees with the log about its issue and revocation.
     */
    @Transactional(readOnly = true)
    public Verification verify() {
        byte[] expectedPrevious = NOTHING_BEFORE;
        long expectedSequence = 0;
        for (LogEntry entry : jdbc.sql("select * from stamp_log_entry order by sequence").query((rs, row) -> entry(rs)).list()) {
            byte[] bytes = SignedTreeHead.bytes(entry.payload());
            String problem = null;
            if (entry.sequence() != expectedSequence) {
                problem = "entry " + expectedSequence + " is missing";
            } else if (!MessageDigest.isEqual(entry.previousHash(), expectedPrevious)) {
                problem = "does not link to the entry before it";
            } else if (!entry.payload().startsWith(header(entry.sequence(), entry.stampCode(), entry.event(),
                    entry.recordedAt())) || !entry.payload().endsWith("}}")) {
                problem = "its columns do not match its hashed text";
            } else if (!MessageDigest.isEqual(entry.entryHash(), MerkleTree.sha256(entry.previousHash(), bytes))
                    || !MessageDigest.isEqual(entry.leafHash(), MerkleTree.leafHash(bytes))) {
                problem = "its text does not match its hashes";
            }
            if (problem != null) {
                return new Verification(false, expectedSequence, entry.sequence(), problem);
            }
            expectedPrevious = entry.entryHash();
            expectedSequence++;
        }
        // The stamp rows must tell what the log tells: issued, and revoked exactly when the log says so.
        Optional<String> mismatch = jdbc.sql("""
                        select s.code from stamp s
                        where not exists (select 1 from stamp_log_entry e where e.stamp_code = s.code and e.event = 'ISSUED')
                           or (s.revoked_at is not null) <> exists (select 1 from stamp_log_entry e
                                                                    where e.stamp_code = s.code and e.event = 'REVOKED')
                        order by s.code limit 1""").query(String.class).optional();
        if (mismatch.isPresent()) {
            return new Verification(false, expectedSequence, null, "stamp " + mismatch.get() + " does not match the log");
        }
        return new Verification(true, expectedSequence, null, null);
    }

    private List<byte[]> leafHashes(long treeSize) {
        return jdbc.sql("select leaf_hash from stamp_log_entry where sequence < :size order by sequence")
                .param("size", treeSize).query(byte[].class).list();
    }

    /**
     * The canonical text of an entry: JSON with a fixed field order and the details sorted by key, so
     * that the same event always hashes the same.
     */
    static String payload(long sequence, String code, StampEvent event, Instant at, Map<String, String> details) {
        List<String> fields = new ArrayList<>();
        new TreeMap<>(details).forEach((key, value) ->
                fields.add(CanonicalJson.quoted(key) + ":" + CanonicalJson.quoted(value)));
        return header(sequence, code, event, at) + String.join(",", fields) + "}}";
    }

    /** The part of the payload that repeats the entry's columns, up to where the details begin. */
    private static String header(long sequence, String code, StampEvent event, Instant at) {
        return "{\"sequence\":" + sequence + ",\"code\":" + CanonicalJson.quoted(code)
                + ",\"event\":" + CanonicalJson.quoted(event.name())
                + ",\"recordedAt\":" + CanonicalJson.quoted(at.toString()) + ",\"details\":{";
    }

    private static LogEntry entry(ResultSet rs) throws SQLException {
        return new LogEntry(rs.getLong("sequence"), rs.getString("stamp_code"), StampEvent.valueOf(rs.getString("event")),
                rs.getString("payload"), rs.getTimestamp("recorded_at").toInstant(), rs.getBytes("previous_hash"),
                rs.getBytes("entry_hash"), rs.getBytes("leaf_hash"));
    }
}
