package eu.reloop.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * The certificate registry: the only source of an organisation's public standing. Certifiers suspend,
 * reinstate and revoke (never on an organisation they work for), each with a reason; certificates run out
 * by themselves. Every change reaches the directory and search through {@link Organisations#certificationChanged}.
 * The organisation reads each reason in its notice, and the audit trail keeps it.
 */
@Service
@Validated
public class Certificates {

    /** The answer to a number that is not in the registry, for API clients (pages say it in their language). */
    static final String UNKNOWN_CERTIFICATE =
            "No certificate with this number is in the ReLoop registry. A certificate that is not here is not valid.";

    private final CertificationRepository repository;
    private final CertificationTrail trail;
    private final Organisations organisations;
    private final Notifications notifications;
    private final OrganisationAccess access;
    private final ScopeCheck scopes;
    private final CertificationProperties properties;
    private final Clock clock;

    Certificates(CertificationRepository repository, CertificationTrail trail, Organisations organisations,
            Notifications notifications, OrganisationAccess access, ScopeCheck scopes,
            CertificationProperties properties, Clock clock) {
        this.repository = repository;
        this.trail = trail;
        this.organisations = organisations;
        this.notifications = notifications;
        this.access = access;
        this.scopes = scopes;
        this.properties = properties;
        this.clock = clock;
    }

    /** Public: anyone may check a certificate by its number. */
    @Transactional(readOnly = true)
    public Optional<Certificate> byNumber(String number) {
        return repository.findCertificate(number.strip().toUpperCase());
    }

    /** Public: the certificate with its status as of now, for the certificate page and API. */
    @Transactional(readOnly = true)
    public Optional<CertificateRecord> publicRecord(String number) {
        return byNumber(number).map(certificate -> CertificateRecord.of(certificate, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Certificate> certificatesOf(UUID organisationId) {
        return repository.certificatesOf(List.of(organisationId));
    }

    public CertificationStatus statusOf(Certificate certificate) {
        return certificate.statusAt(clock.instant());
    }

    /** Whether the organisation holds a certificate of that kind, in force now, whose scope covers the category. */
    @Transactional(readOnly = true)
    public boolean isCertifiedFor(UUID organisationId, CertificateKind kind, String category) {
        Instant now = clock.instant();
        return certificatesOf(organisationId).stream().anyMatch(certificate -> certificate.kind() == kind
                && certificate.statusAt(now) == CertificationStatus.CERTIFIED && certificate.scope().covers(category));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CERTIFIER')")
    public List<Certificate> find(String text, int offset, int limit) {
        return repository.findCertificates(text, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CERTIFIER')")
    public int count(String text) {
        return repository.countCertificates(text);
    }

    /** Takes a certificate out of force until reinstated, for example while a complaint is investigated. */
    @Transactional
    @PreAuthorize("hasRole('CERTIFIER')")
    public void suspend(String number,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String reason) {
        changeState(number, EnumSet.of(CertificateState.ACTIVE), CertificateState.SUSPENDED, AuditAction.SUSPENDED, reason);
    }

    /** Puts a suspended certificate back in force, saying why (what the investigation found). */
    @Transactional
    @PreAuthorize("hasRole('CERTIFIER')")
    public void reinstate(String number,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String reason) {
        changeState(number, EnumSet.of(CertificateState.SUSPENDED), CertificateState.ACTIVE, AuditAction.REINSTATED, reason);
    }

    /** Ends a certificate for good; the organisation has to apply again. */
    @Transactional
    @PreAuthorize("hasRole('CERTIFIER')")
    public void revoke(String number,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String reason) {
        changeState(number, EnumSet.of(CertificateState.ACTIVE, CertificateState.SUSPENDED), CertificateState.REVOKED,
                AuditAction.REVOKED, reason);
    }

    /**
     * Enters a certificate that the scheme issued before this registry existed (from a paper register),
     * with its original dates; admins only, and audited as imported.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Certificate importCertificate(UUID organisationId, CertificateKind kind, Scope scope, LocalDate validFrom,
            LocalDate validTo, @Size(max = TextLimits.NAME) @PrintableText String certifier) {
        String organisationName = organisations.profile(organisationId)
                .orElseThrow(() -> new UnknownRecordException("No organisation with id " + organisationId + "."))
                .organisation().details().legalName();
        if (!validTo.isAfter(validFrom)) {
            throw RefusedException.onField("validTo", "certificate.error.dates");
        }
        scopes.check(scope);
        Certificate certificate = new Certificate(repository.nextCertificateNumber(validFrom.getYear()), organisationId,
                organisationName, kind, scope, validFrom.atStartOfDay(ZoneOffset.UTC).toInstant(),
                validTo.atStartOfDay(ZoneOffset.UTC).toInstant(), certifier, CertificateState.ACTIVE, null);
        repository.insertCertificate(certificate, null, !certificate.validTo().isAfter(clock.instant()));
        trail.record(organisationId, AuditAction.IMPORTED, null, certificate.number(), null);
        organisations.certificationChanged(organisationId);
        return certificate;
    }

    /**
     * Reminds organisations of certificates that run out soon (once per configured number of days) and
     * records the ones that ran out: an audit entry, a notice, and a directory update. Search needs no
     * such update to stop calling them certified (its documents carry the end date), but the badge of an
     * expired certificate comes from here.
     */
    @Transactional
    public void watchExpiry() {
        Instant now = clock.instant();
        Map<String, Integer> reminders = new HashMap<>();
        // Longest notice first, so that a certificate seen late gets the one reminder that fits.
        for (int days : properties.reminderDaysBefore().stream().sorted(Comparator.reverseOrder()).toList()) {
            for (Certificate certificate : repository.dueForReminder(now, days)) {
                if (repository.recordReminder(certificate.number(), days, now)) {
                    reminders.put(certificate.number(), days);
                }
            }
        }
        reminders.forEach((number, days) -> {
            Certificate certificate = existing(number);
            LocalDate end = LocalDate.ofInstant(certificate.validTo(), ZoneOffset.UTC);
            long daysLeft = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, ZoneOffset.UTC), end);
            notifications.notifyOrganisation(certificate.organisationId(), "notice.expires-soon",
                    List.of(number, String.valueOf(daysLeft), end.toString()), CertificationLinks.certificate(number));
        });
        for (Certificate expired : repository.takeNewlyExpired(now)) {
            trail.record(expired.organisationId(), AuditAction.EXPIRED, null, expired.number(), null);
            organisations.certificationChanged(expired.organisationId());
            notifications.notifyOrganisation(expired.organisationId(), "notice.expired", List.of(expired.number()),
                    CertificationLinks.certificate(expired.number()));
        }
    }

    private void changeState(String number, Set<CertificateState> from, CertificateState to, AuditAction action,
            String reason) {
        Certificate certificate = repository.findCertificateForUpdate(number.strip().toUpperCase())
                .orElseThrow(() -> new UnknownRecordException(UNKNOWN_CERTIFICATE));
        if (access.isStaffOf(certificate.organisationId())) {
            throw new AccessDeniedException("A certifier may not act on a certificate of an organisation they work for");
        }
        if (!from.contains(certificate.state())) {
            throw RefusedException.onField("state", "certificate.error.state-" + action.name().toLowerCase());
        }
        String cleanReason = reason.strip();
        repository.setCertificateState(certificate.number(), to, cleanReason);
        trail.record(certificate.organisationId(), action, null, certificate.number(), cleanReason);
        organisations.certificationChanged(certificate.organisationId());
        notifications.notifyOrganisation(certificate.organisationId(), "notice." + action.name().toLowerCase(),
                List.of(certificate.number(), cleanReason),
                CertificationLinks.certificate(certificate.number()));
    }

    private Certificate existing(String number) {
        return byNumber(number).orElseThrow(() -> new UnknownRecordException(UNKNOWN_CERTIFICATE));
    }
}
