package eu.reloop.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.UserAccounts;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * The certifier's side: a queue of submitted applications, oldest first, and three decisions on each.
 * A certifier who works for the organisation may read its application but not decide on it.
 */
@Service
@Validated
@PreAuthorize("hasRole('CERTIFIER')")
public class CertificationReviews {

    private final CertificationRepository repository;
    private final CertificationTrail trail;
    private final OrganisationAccess access;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final Notifications notifications;
    private final CertificationProperties properties;
    private final Clock clock;

    CertificationReviews(CertificationRepository repository, CertificationTrail trail, OrganisationAccess access,
            UserAccounts accounts, Organisations organisations, Notifications notifications,
            CertificationProperties properties, Clock clock) {
        this.repository = repository;
        this.trail = trail;
        this.access = access;
        this.accounts = accounts;
        this.organisations = organisations;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SubmittedApplication> queue(@Nullable CertificateKind kind, @Nullable String country, int offset, int limit) {
        return repository.queue(kind, country, offset, limit);
    }

    @Transactional(readOnly = true)
    public int queueSize(@Nullable CertificateKind kind, @Nullable String country) {
        return repository.queueSize(kind, country);
    }

    @Transactional(readOnly = true)
    public CertificationApplication application(UUID applicationId) {
        return repository.findApplication(applicationId)
                .orElseThrow(() -> new UnknownRecordException("No application " + applicationId + "."));
    }

    /** Whether the signed-in certifier may decide on this organisation (does not work for it). */
    @Transactional(readOnly = true)
    public boolean mayDecideOn(UUID organisationId) {
        return !access.isStaffOf(organisationId);
    }

    /**
     * Sends the application back with comments per item and a note; the organisation edits and resubmits.
     * A comment is about one item, so it is kept to the length of a reason; the note may say more.
     */
    @Transactional
    public void requestChanges(UUID applicationId,
            Map<Criterion, @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String> comments,
            @Size(max = TextLimits.NOTE) @PrintableText(multiLine = true) String note) {
        Map<Criterion, String> given = new EnumMap<>(Criterion.class);
        comments.forEach((criterion, comment) -> {
            if (comment != null && !comment.isBlank()) {
                given.put(criterion, comment.strip());
            }
        });
        if (given.isEmpty() && note.isBlank()) {
            throw RefusedException.onField("comments", "review.error.comments-required");
        }
        CertificationApplication application = awaitingDecision(applicationId);
        repository.setReviewerComments(applicationId, given);
        repository.setStatus(applicationId, ApplicationStatus.CHANGES_REQUESTED, note.strip(), clock.instant());
        trail.record(application.organisationId(), AuditAction.CHANGES_REQUESTED, applicationId, null, note.strip());
        notifications.notifyOrganisation(application.organisationId(), "notice.changes-requested." + application.kind(),
                List.of(), null);
    }

    /** Approves and issues the certificate for the scope applied for, valid for the configured period. */
    @Transactional
    public Certificate approve(UUID applicationId) {
        CertificationApplication application = awaitingDecision(applicationId);
        // Whole seconds: the certificate page shows them, and PostgreSQL keeps no nanoseconds.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant validTo = now.atZone(ZoneOffset.UTC).plus(properties.validity()).toInstant();
        Certificate certificate = new Certificate(
                repository.nextCertificateNumber(now.atZone(ZoneOffset.UTC).getYear()), application.organisationId(),
                application.organisationName(), application.kind(), application.scope(), now, validTo,
                accounts.currentDisplayName(), CertificateState.ACTIVE, null);
        repository.insertCertificate(certificate, applicationId, false);
        repository.setStatus(applicationId, ApplicationStatus.APPROVED, null, now);
        trail.record(application.organisationId(), AuditAction.APPROVED, applicationId, certificate.number(), null);
        organisations.certificationChanged(application.organisationId());
        notifications.notifyOrganisation(application.organisationId(), "notice.approved." + application.kind(),
                List.of(certificate.number()), CertificationLinks.certificate(certificate.number()));
        return certificate;
    }

    /** Ends the application; the organisation reads the reason and may apply again. */
    @Transactional
    public void reject(UUID applicationId, @Valid Rejection rejection) {
        String reason = rejection.reason().strip();
        CertificationApplication application = awaitingDecision(applicationId);
        repository.setStatus(applicationId, ApplicationStatus.REJECTED, reason, clock.instant());
        trail.record(application.organisationId(), AuditAction.REJECTED, applicationId, null, reason);
        notifications.notifyOrganisation(application.organisationId(), "notice.rejected." + application.kind(),
                List.of(reason), null);
    }

    private CertificationApplication awaitingDecision(UUID applicationId) {
        CertificationApplication application = repository.findApplicationForUpdate(applicationId)
                .orElseThrow(() -> new UnknownRecordException("No application " + applicationId + "."));
        if (!mayDecideOn(application.organisationId())) {
            throw new AccessDeniedException("A certifier may not decide on an organisation they work for");
        }
        if (application.status() != ApplicationStatus.SUBMITTED) {
            throw RefusedException.onField("status", "review.error.not-submitted");
        }
        return application;
    }
}
