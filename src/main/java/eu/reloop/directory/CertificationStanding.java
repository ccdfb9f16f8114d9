package eu.reloop.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where an organisation stands in the approval scheme at the moment it was read: its badge, and while
 * certified, when the certificate that makes it so runs out and which one it is.
 */
public record CertificationStanding(CertificationStatus status, @Nullable Instant certifiedUntil,
        @Nullable String certificateNumber) {

    public static final CertificationStanding NOT_CERTIFIED =
            new CertificationStanding(CertificationStatus.NOT_CERTIFIED, null, null);
}
