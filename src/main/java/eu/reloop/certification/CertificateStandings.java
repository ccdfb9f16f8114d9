package eu.reloop.certification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.directory.CertificationRegistry;
import eu.reloop.directory.CertificationStanding;
import eu.reloop.directory.CertificationStatus;

/** The registry as the directory reads it: each organisation's standing, computed from its certificates now. */
@Component
class CertificateStandings implements CertificationRegistry {

    /** Which certificate speaks for an organisation that holds several: the best standing wins. */
    private static final List<CertificationStatus> PRECEDENCE = List.of(CertificationStatus.CERTIFIED,
            CertificationStatus.SUSPENDED, CertificationStatus.EXPIRED, CertificationStatus.REVOKED);

    private final CertificationRepository repository;
    private final Clock clock;

    CertificateStandings(CertificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, CertificationStanding> standings(Collection<UUID> organisationIds) {
        Instant now = clock.instant();
        Map<UUID, CertificationStanding> standings = new HashMap<>();
        repository.certificatesOf(organisationIds).stream()
                .collect(Collectors.groupingBy(Certificate::organisationId))
                .forEach((organisation, certificates) -> standings.put(organisation, standing(certificates, now)));
        return standings;
    }

    private static CertificationStanding standing(List<Certificate> certificates, Instant now) {
        for (CertificationStatus status : PRECEDENCE) {
            Optional<Certificate> speaking = certificates.stream().filter(c -> c.statusAt(now) == status)
                    .max(Comparator.comparing(Certificate::validTo));
            if (speaking.isPresent()) {
                Certificate certificate = speaking.get();
                return new CertificationStanding(status,
                        status == CertificationStatus.CERTIFIED ? certificate.validTo() : null,
                        CertificationLinks.certificate(certificate.number()));
            }
        }
        return CertificationStanding.NOT_CERTIFIED;
    }
}
