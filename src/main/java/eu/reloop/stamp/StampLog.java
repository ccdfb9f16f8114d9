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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import eu.reloop.shared.RefusedException;

/**
 * The tamper-evident log of stamp events. Entries are only ever appended (the database refuses updates
 * and deletes); each is signed by the registry's key, carries the hash of the one before, and is a leaf
 * of a Merkle tree whose heads the registry signs and keeps. Proofs let anyone check that an entry is in
 * the log and that a later log still contains an earlier one unchanged; {@code docs/stamp-log.md}
 * specifies every byte.
 */
@Service
public class StampLog {

    private static final byte[] NOTHING_BEFORE = new byte[32];
    /** The most entries one request for entries or heads answers, as a CT log caps get-entries. */
    static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final StampSigningKeys keys;
    private final JsonMapper json;
    private final Clock clock;
    private final AtomicReference<@Nullable SignedTreeHead> latestHead = new AtomicReference<>();

    StampLog(JdbcClient jdbc, StampSigningKeys keys, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.json = json;
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

    /** The outcome of checking every entry against its hashes, its signature and its predecessor. */
    public record Verification(boolean intact, long entries, @Nullable Long firstBrokenSequence, @Nullable String problem) {
    }

    /**
     * One entry as an outsider reads it: {@code leafInput} is the leaf's exact bytes (base64), which are the
     * signed {@code text} followed, for a signed entry, by the key id and the signature.
     */
    public record PublishedEntry(long sequence, String leafInput, String text, @Nullable String keyId,
            @Nullable String signature) {
    }

    /**
     * Appends an event in the caller's transaction; appends are serialised so that the chain never forks. Only
     * this module's services append, after their own checks of who may do what.
     */
    @Transactional
    LogEntry append(StampCode code, StampEvent event, Map<String, String> details) {
        return append(code.value(), event, details);
    }

    /** Appends an entry about {@code subject}: a stamp's code, or a handed-in device's custody subject. */
    @Transactional
    LogEntry append(String subject, StampEvent event, Map<String, String> details) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('stamp_log_entry'))").query(Object.class).optional();
        Optional<LogEntry> last = jdbc.sql("select * from stamp_log_entry order by sequence desc limit 1")
                .query((rs, row) -> entry(rs)).optional();
        long sequence = last.map(entry -> entry.sequence() + 1).orElse(0L);
        byte[] previousHash = last.map(LogEntry::entryHash).orElse(NOTHING_BEFORE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String payload = payload(sequence, subject, event, now, details);
        StampSigningKeys.Signed signed = keys.sign(SignedTreeHead.bytes(payload));
        byte[] leaf = LogEntry.leafInput(payload, signed.keyId(), signed.signature());
        LogEntry entry = new LogEntry(sequence, subject, event, now, Map.copyOf(details), payload, signed.keyId(),
                signed.signature(), previousHash, MerkleTree.sha256(previousHash, leaf), MerkleTree.leafHash(leaf));
        jdbc.sql("""
                        insert into stamp_log_entry (sequence, payload, key_id, signature, previous_hash, entry_hash, leaf_hash)
                        values (:sequence, :payload, :key, :signature, :previous, :entry, :leaf)""")
                .param("sequence", sequence).param("payload", payload).param("key", signed.keyId())
                .param("signature", signed.signature()).param("previous", previousHash)
                .param("entry", entry.entryHash()).param("leaf", entry.leafHash()).update();
        return entry;
    }

    /** A stamp's entries, oldest first, found by the code in their hashed text. Check each with {@link #problemWith}. */
    @Transactional(readOnly = true)
    public List<LogEntry> entriesOf(StampCode code) {
        return entriesOf(code.value());
    }

    /** The entries about a stamp's code or a custody subject, oldest first. */
    List<LogEntry> entriesOf(String subject) {
        return entriesOf(List.of(subject));
    }

    /** The entries about any of the subjects, in one read, oldest first. */
    List<LogEntry> entriesOf(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from stamp_log_entry where stamp_code in (:codes) order by sequence")
                .param("codes", subjects).query((rs, row) -> entry(rs)).list();
    }

    /**
     * What is wrong with one entry on its own, if anything: its leaf must hash as stored and its text must be
     * signed by one of the registry's published keys. Only entries before the first signed one, written before
     * entries were signed, may go without.
     */
    @Transactional(readOnly = true)
    public Optional<String> problemWith(LogEntry entry) {
        byte[] leaf = entry.leafInput();
        if (!MessageDigest.isEqual(entry.leafHash(), MerkleTree.leafHash(leaf))) {
            return Optional.of("its text does not match its hashes");
        }
        if (entry.keyId() == null || entry.signature() == null) {
            return firstSignedSequence().filter(first -> first < entry.sequence())
                    .map(first -> "it is not signed, and entries since " + first + " are");
        }
        if (!keys.verify(entry.keyId(), SignedTreeHead.bytes(entry.payload()), entry.signature())) {
            return Optional.of("its signature is not the registry's");
        }
        return Optional.empty();
    }

    /**
     * The current size and root, signed with the registry's key and kept. Asked for by anyone, so a head is signed
     * once per log size and key and then served again until the log grows or the key rotates.
     */
    @Transactional
    public SignedTreeHead head() {
        long size = size();
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
        jdbc.sql("""
                        insert into stamp_log_head (tree_size, issued_at, root_hash, key_id, signature)
                        values (:size, :at, :root, :key, :signature)""")
                .param("size", head.treeSize()).param("at", Timestamp.from(now)).param("root", root)
                .param("key", head.keyId()).param("signature", head.signature()).update();
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

    /** Every head the registry signed from {@code since} on (all of them when null), oldest first, at most {@link #PAGE}. */
    @Transactional(readOnly = true)
    public List<SignedTreeHead> heads(@Nullable Instant since) {
        return jdbc.sql("""
                        select * from stamp_log_head where issued_at >= :since order by issued_at, id limit :page""")
                .param("since", Timestamp.from(since == null ? Instant.EPOCH : since)).param("page", PAGE)
                .query((rs, row) -> head(rs)).list();
    }

    /** Entries {@code start} to {@code end}, both included, as their leaves' exact bytes; at most {@link #PAGE}. */
    @Transactional(readOnly = true)
    public List<PublishedEntry> entries(long start, long end) {
        long size = size();
        if (start < 0 || start >= size) {
            throw RefusedException.onField("start", "stamp-log.api.start", size);
        }
        if (end < start) {
            throw RefusedException.onField("end", "stamp-log.api.end");
        }
        return jdbc.sql("select * from stamp_log_entry where sequence between :start and :end order by sequence")
                .param("start", start).param("end", Math.min(end, start + PAGE - 1)).query((rs, row) -> entry(rs))
                .stream().map(entry -> new PublishedEntry(entry.sequence(),
                        Base64.getEncoder().encodeToString(entry.leafInput()), entry.payload(), entry.keyId(),
                        entry.signature() == null ? null : Base64.getEncoder().encodeToString(entry.signature())))
                .toList();
    }

    /**
     * The proof for entry {@code sequence} in the tree of {@code treeSize}, or of the log as it is now when
     * {@code treeSize} is null; refused, naming the size, when the entry is not in a tree of that size.
     */
    @Transactional(readOnly = true)
    public InclusionProof inclusionProof(long sequence, @Nullable Long treeSize) {
        long size = size();
        long proofSize = treeSize == null ? size : treeSize;
        if (proofSize <= sequence || proofSize > size) {
            throw RefusedException.onField("treeSize", "stamp-log.api.tree-size", sequence + 1, size);
        }
        List<byte[]> leaves = leafHashes(proofSize);
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
     * Checks the whole log: every entry on its own ({@link #problemWith}) and as the link after the one before;
     * then the largest head the registry kept, whose signed root the log must still have at that size (a log
     * cut short or rewritten behind the application's back does not); then that every stamp's row agrees with
     * the log about its issue, its report and its revocation.
     */
    @Transactional(readOnly = true)
    public Verification verify() {
        byte[] expectedPrevious = NOTHING_BEFORE;
        long expectedSequence = 0;
        List<byte[]> leaves = new ArrayList<>();
        for (LogEntry entry : jdbc.sql("select * from stamp_log_entry order by sequence").query((rs, row) -> entry(rs)).list()) {
            String problem = null;
            if (entry.sequence() != expectedSequence) {
                problem = "entry " + expectedSequence + " is missing";
            } else if (!MessageDigest.isEqual(entry.previousHash(), expectedPrevious)) {
                problem = "does not link to the entry before it";
            } else if (!MessageDigest.isEqual(entry.entryHash(), MerkleTree.sha256(entry.previousHash(), entry.leafInput()))) {
                problem = "its text does not match its hashes";
            } else {
                problem = problemWith(entry).orElse(null);
            }
            if (problem != null) {
                return new Verification(false, expectedSequence, entry.sequence(), problem);
            }
            leaves.add(entry.leafHash());
            expectedPrevious = entry.entryHash();
            expectedSequence++;
        }
        Optional<String> problem = headProblem(leaves).or(this::stampRowProblem).or(this::reportProblem);
        return new Verification(problem.isEmpty(), expectedSequence, null, problem.orElse(null));
    }

    private Optional<String> headProblem(List<byte[]> leaves) {
        Optional<SignedTreeHead> largest = jdbc.sql("select * from stamp_log_head order by tree_size desc, id desc limit 1")
                .query((rs, row) -> head(rs)).optional();
        if (largest.isEmpty()) {
            return Optional.empty();
        }
        SignedTreeHead head = largest.get();
        if (!keys.verify(head.keyId(), SignedTreeHead.bytes(head.signedText()), Base64.getDecoder().decode(head.signature()))) {
            return Optional.of("the head of size " + head.treeSize() + " is not signed by the registry");
        }
        if (head.treeSize() > leaves.size()) {
            return Optional.of("the log has " + leaves.size() + " entries, fewer than the signed head of size " + head.treeSize());
        }
        String root = SignedTreeHead.hex(MerkleTree.root(leaves.subList(0, Math.toIntExact(head.treeSize()))));
        return root.equals(head.rootHash()) ? Optional.empty()
                : Optional.of("the log no longer has the root of the signed head of size " + head.treeSize());
    }

    /** The stamp rows must tell what the log tells: issued, and revoked exactly when the log says so. */
    private Optional<String> stampRowProblem() {
        return jdbc.sql("""
                        select s.code from stamp s
                        where not exists (select 1 from stamp_log_entry e where e.stamp_code = s.code and e.event = 'ISSUED')
                           or (s.revoked_at is not null) <> exists (select 1 from stamp_log_entry e
                                                                    where e.stamp_code = s.code and e.event = 'REVOKED')
                        order by s.code limit 1""").query(String.class).optional()
                .map(code -> "stamp " + code + " does not match the log");
    }

    /** A stamp's stored report must still hash to the digest its issue entry carries (entries since digests were kept). */
    private Optional<String> reportProblem() {
        List<String> changed = new ArrayList<>();
        jdbc.sql("""
                        select s.code, s.report::text as report, e.payload::jsonb -> 'details' ->> 'report' as digest
                        from stamp s join stamp_log_entry e on e.stamp_code = s.code and e.event = 'ISSUED'
                        where e.payload::jsonb -> 'details' ->> 'report' is not null""")
                .query(rs -> {
                    if (changed.isEmpty() && !ReportDigest.of(json.readValue(rs.getString("report"), InspectionReport.class))
                            .equals(rs.getString("digest"))) {
                        changed.add(rs.getString("code"));
                    }
                });
        return changed.stream().findFirst().map(code -> "the report of stamp " + code + " changed after its issue");
    }

    private Optional<Long> firstSignedSequence() {
        return jdbc.sql("select min(sequence) from stamp_log_entry where signature is not null").query(Long.class).optional();
    }

    private long size() {
        return jdbc.sql("select count(*) from stamp_log_entry").query(Long.class).single();
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
        return "{\"sequence\":" + sequence + ",\"code\":" + CanonicalJson.quoted(code)
                + ",\"event\":" + CanonicalJson.quoted(event.name())
                + ",\"recordedAt\":" + CanonicalJson.quoted(at.toString()) + ",\"details\":{"
                + String.join(",", fields) + "}}";
    }

    /** Everything but the sequence and the hashes is read from the entry's text, never from a column beside it. */
    private LogEntry entry(ResultSet rs) throws SQLException {
        String payload = rs.getString("payload");
        Text text = json.readValue(payload, Text.class);
        // A text moved to another row keeps its own sequence, which then breaks the chain and every proof.
        return new LogEntry(text.sequence(), text.code(), text.event(), text.recordedAt(), text.details(), payload,
                rs.getString("key_id"), rs.getBytes("signature"), rs.getBytes("previous_hash"), rs.getBytes("entry_hash"),
                rs.getBytes("leaf_hash"));
    }

    private static SignedTreeHead head(ResultSet rs) throws SQLException {
        return new SignedTreeHead(rs.getLong("tree_size"), rs.getTimestamp("issued_at").toInstant(),
                rs.getString("root_hash"), rs.getString("key_id"), rs.getString("signature"));
    }

    /** An entry's text as JSON. */
    private record Text(long sequence, String code, StampEvent event, Instant recordedAt, Map<String, String> details) {
    }
}
