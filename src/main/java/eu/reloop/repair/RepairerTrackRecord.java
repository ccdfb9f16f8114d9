package eu.reloop.repair;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A repairer's public quality figures on ReLoop, as of the moment they were read: the repairs it recorded an
 * outcome for and how many of them it fixed, and the complaints about its repairs, how many it answered within
 * the 8 days and how many are unanswered past them now.
 */
public record RepairerTrackRecord(UUID organisationId, long repairs, long fixed, long complaints, long answeredInTime,
        long overdue) {

    static RepairerTrackRecord none(UUID organisationId) {
        return new RepairerTrackRecord(organisationId, 0, 0, 0, 0, 0);
    }

    /** Whether there is anything to tell: a recorded repair or a complaint. */
    public boolean any() {
        return repairs > 0 || complaints > 0;
    }

    /** The share of recorded repairs that were fixed; null before the first. */
    public @Nullable Double shareFixed() {
        return repairs == 0 ? null : (double) fixed / repairs;
    }
}
