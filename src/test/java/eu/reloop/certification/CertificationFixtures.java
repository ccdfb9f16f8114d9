package eu.reloop.certification;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import eu.reloop.TestSecurity;
import eu.reloop.directory.OfferedService;

/** Certificates for tests that need a certified organisation but are not about how it got there. */
public final class CertificationFixtures {

    private CertificationFixtures() {
    }

    /** A repairer certificate for phones, in force from a year ago for three years. */
    public static Certificate certify(Certificates certificates, UUID organisationId) {
        LocalDate from = LocalDate.now().minusYears(1);
        return TestSecurity.asAdmin(() -> certificates.importCertificate(organisationId, CertificateKind.REPAIRER,
                new Scope(Set.of("phones"), Set.of(OfferedService.REPAIR)), from, from.plusYears(3), "Test Certifier"));
    }
}
