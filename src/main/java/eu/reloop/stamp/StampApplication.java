package eu.reloop.stamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.RefusedException;

/**
 * One item's way to a stamp: the centre's inspection report, its photos, the certifier's note, and once
 * approved the stamp's code and whether the stamp log has since recorded its revocation.
 */
public record StampApplication(UUID id, UUID organisationId, String organisationName, StampApplicationStatus status,
        InspectionReport report, List<Photo> photos, @Nullable String reviewerNote, @Nullable String stampCode,
        boolean stampRevoked, Instant createdAt, @Nullable Instant submittedAt) {

    /**
     * What in the application keeps the item from a stamp, with this report: the report's own blockers, and no photo
     * (a stamp shows its first photo to whoever checks it, and its statement carries that photo's hash).
     */
    public List<RefusedException.Reason> blockers(InspectionReport report) {
        List<RefusedException.Reason> blockers = new ArrayList<>(report.blockers());
        if (photos.isEmpty()) {
            blockers.add(InspectionReport.blocker("photos", "stamp.block.no-photo"));
        }
        return blockers;
    }

    /** A photo of the item; its bytes are fetched separately ({@link StampApplications#photo}). */
    public record Photo(UUID id, String fileName, String contentType) {
    }

    /** A photo's bytes, for display or download. */
    public record PhotoContent(String fileName, String contentType, byte[] content) {
    }
}
