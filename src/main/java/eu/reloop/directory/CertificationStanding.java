package eu.reloop.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where an organisation stands in the approval scheme at the moment it was read: its badge, and while
 * certified, when the certificate that makes it so runs out, and the page of the certificate that decides it
 * (a path the certification module gives, as the directory cannot know its routes).
 */
public record CertificationStanding(CertificationStatus status, @Nullable Instant certifiedUntil,
        @Nullable String certificatePage) {

    public static final CertificationStanding NOT_CERTIFIED =
            new CertificationStanding(CertificationStatus.NOT_CERTIFIED, null, null);
}
