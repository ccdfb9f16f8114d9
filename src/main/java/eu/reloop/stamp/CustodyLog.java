package eu.reloop.stamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain of custody of handed-in devices, kept in the stamp log: the same hash chain, signatures, Merkle tree,
 * signed heads, proofs and self-audit, so there is one tamper-evident log to check, not two. A device's entries
 * name it by a subject of the hand-in module's (never a stamp code) and carry no one's identity.
 */
@Service
public class CustodyLog {

    private final StampLog log;

    CustodyLog(StampLog log) {
        this.log = log;
    }

    /** One step as the log keeps it, and whether the entry still checks out (its hashes and signature). */
    public record Step(long sequence, StampEvent event, Instant recordedAt, Map<String, String> details,
            boolean intact) {
    }

    /** Appends a step in the caller's transaction, after the caller's own checks of who may take it. */
    @Transactional
    public long append(String subject, StampEvent event, Map<String, String> details) {
        if (!event.custody()) {
            throw new IllegalArgumentException(event + " is no custody step");
        }
        if (StampCode.FORMAT.isWellFormed(subject)) {
            throw new IllegalArgumentException("A custody subject is never a stamp code: " + subject);
        }
        return log.append(subject, event, details).sequence();
    }

    /** Each subject's steps, oldest first, each checked, in one read of the log; a subject with none has an empty list. */
    @Transactional(readOnly = true)
    public Map<String, List<Step>> steps(Collection<String> subjects) {
        Map<String, List<Step>> steps = new HashMap<>();
        subjects.forEach(subject -> steps.put(subject, new ArrayList<>()));
        log.entriesOf(subjects).stream().filter(entry -> entry.event().custody())
                .forEach(entry -> steps.get(entry.stampCode()).add(new Step(entry.sequence(), entry.event(), entry.recordedAt(),
                        entry.details(), log.problemWith(entry).isEmpty())));
        return steps;
    }
}
