package eu.reloop.certification;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.OfferedService;

/**
 * A certificate as the public checks it: its live status at {@code checkedAt}, read from the registry.
 * The same record backs the certificate page and the JSON API.
 */
public record CertificateRecord(
        String number,
        CertificationStatus status,
        CertificateKind kind,
        UUID organisationId,
        String organisationName,
        Set<String> categories,
        Set<OfferedService> services,
        Instant validFrom,
        Instant validTo,
        String certifier,
        Instant checkedAt,
        String proof) {

    /** How every certificate number looks, such as RLC-2026-00042; anything else cannot be one. */
    public static final Pattern NUMBER = Pattern.compile("RLC-\\d{4}-\\d{5,}", Pattern.CASE_INSENSITIVE);

    public static final String PROOF = "This record in the ReLoop certificate registry, not a printed or "
            + "downloaded copy, is the proof of certification. Check it here each time it matters.";

    static CertificateRecord of(Certificate certificate, Instant now) {
        return new CertificateRecord(certificate.number(), certificate.statusAt(now), certificate.kind(),
                certificate.organisationId(), certificate.organisationName(), certificate.scope().categories(),
                certificate.scope().services(), certificate.validFrom(), certificate.validTo(), certificate.certifier(),
                now, PROOF);
    }
}
