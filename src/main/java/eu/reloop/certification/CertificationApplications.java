package eu.reloop.certification;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.DocumentType;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * The organisation's side of the scheme: its staff start an application, save it as a draft as often
 * as they like, attach evidence and submit it; certifiers may read all of it. Nobody else may.
 */
@Service
@Validated
public class CertificationApplications {

    static final String STAFF_OR_CERTIFIER = "@organisationAccess.canManage(#organisationId) or hasRole('CERTIFIER')";
    private static final String STAFF = "@organisationAccess.canManage(#organisationId)";

    private final CertificationRepository repository;
    private final CertificationTrail trail;
    private final Organisations organisations;
    private final ScopeCheck scopes;
    private final UserAccounts accounts;
    private final CertificationProperties properties;
    private final Clock clock;

    CertificationApplications(CertificationRepository repository, CertificationTrail trail,
            Organisations organisations, ScopeCheck scopes, UserAccounts accounts, CertificationProperties properties,
            Clock clock) {
        this.repository = repository;
        this.trail = trail;
        this.organisations = organisations;
        this.scopes = scopes;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** Opens a draft; one open application per kind, so that certifiers never judge two at once. */
    @Transactional
    @PreAuthorize(STAFF)
    public UUID start(UUID organisationId, CertificateKind kind) {
        accounts.requireConfirmedEmail();
        OrganisationProfile profile = organisations.profile(organisationId)
                .orElseThrow(() -> new UnknownRecordException("No organisation with id " + organisationId + "."));
        if (profile.organisation().kind() == OrganisationKind.COLLECTION_POINT) {
            throw RefusedException.onField("kind", "application.error.collection-point");
        }
        if (repository.hasOpenApplication(organisationId, kind)) {
            throw RefusedException.onField("kind", "application.error.already-open");
        }
        UUID id;
        try {
            id = repository.insertApplication(organisationId, kind, clock.instant());
        } catch (DuplicateKeyException startedMeanwhile) {
            // Another member of staff started one a moment ago; the unique index keeps it to one.
            throw RefusedException.onField("kind", "application.error.already-open");
        }
        // The scope starts as what the organisation's sites offer; staff narrow or widen it.
        repository.saveDraft(id, new ApplicationDraft(Scope.offeredBy(profile), List.of()), clock.instant());
        return id;
    }

    /** Saves what the organisation has so far; incomplete answers are fine until it submits. */
    @Transactional
    @PreAuthorize(STAFF)
    public void saveDraft(UUID organisationId, UUID applicationId, @Valid ApplicationDraft draft) {
        editable(organisationId, applicationId);
        scopes.check(draft.scope());
        repository.saveDraft(applicationId, draft, clock.instant());
    }

    /** Saves and submits for review, or refuses (saving nothing) when an item or the scope is missing. */
    @Transactional
    @PreAuthorize(STAFF)
    public void submit(UUID organisationId, UUID applicationId, @Valid ApplicationDraft draft) {
        accounts.requireConfirmedEmail();
        editable(organisationId, applicationId);
        scopes.check(draft.scope());
        if (draft.scope().categories().isEmpty()) {
            throw RefusedException.onField("categories", "application.error.categories-required");
        }
        if (draft.scope().services().isEmpty()) {
            throw RefusedException.onField("services", "application.error.services-required");
        }
        Set<Criterion> complete = draft.answers().stream().filter(Answer::isComplete).map(Answer::criterion)
                .collect(Collectors.toSet());
        for (Criterion criterion : Criterion.values()) {
            if (!complete.contains(criterion)) {
                throw RefusedException.onField(criterion.name(), "application.error.item-incomplete");
            }
        }
        repository.saveDraft(applicationId, draft, clock.instant());
        repository.setStatus(applicationId, ApplicationStatus.SUBMITTED, null, clock.instant());
        trail.record(organisationId, AuditAction.SUBMITTED, applicationId, null, null);
    }

    /** Attaches a PDF, JPEG or PNG of at most the configured size to one checklist item. */
    @Transactional
    @PreAuthorize(STAFF)
    public UUID attachEvidence(UUID organisationId, UUID applicationId, Criterion criterion,
            @Size(max = TextLimits.NAME) @PrintableText String fileName, byte[] content) {
        editable(organisationId, applicationId);
        if (content.length > properties.maxEvidenceSize().toBytes()) {
            throw RefusedException.onField("evidence", "application.error.evidence-too-large",
                    properties.maxEvidenceSize().toMegabytes() + " MB");
        }
        DocumentType type = DocumentType.recognise(content)
                .orElseThrow(() -> RefusedException.onField("evidence", "application.error.evidence-type"));
        String name = fileName.isBlank() ? criterion.name().toLowerCase() : fileName.strip();
        return repository.insertEvidence(applicationId, criterion, name, type, content, clock.instant());
    }

    @Transactional
    @PreAuthorize(STAFF)
    public void removeEvidence(UUID organisationId, UUID applicationId, UUID evidenceId) {
        editable(organisationId, applicationId);
        if (!repository.deleteEvidence(applicationId, evidenceId)) {
            throw new UnknownRecordException("No evidence " + evidenceId + " of this application.");
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF_OR_CERTIFIER)
    public List<CertificationApplication> applicationsOf(UUID organisationId) {
        return repository.applicationsOf(organisationId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF_OR_CERTIFIER)
    public CertificationApplication application(UUID organisationId, UUID applicationId) {
        return repository.findApplication(applicationId)
                .filter(application -> application.organisationId().equals(organisationId))
                .orElseThrow(() -> unknownApplication(applicationId));
    }

    /** An evidence document: only for the organisation's own staff and for certifiers. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF_OR_CERTIFIER)
    public EvidenceContent evidence(UUID organisationId, UUID evidenceId) {
        return repository.evidenceContent(organisationId, evidenceId)
                .orElseThrow(() -> new UnknownRecordException("No evidence " + evidenceId + " of this organisation."));
    }

    /** The organisation's audit trail, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF_OR_CERTIFIER)
    public List<AuditEntry> history(UUID organisationId) {
        return repository.auditOf(organisationId);
    }

    private static UnknownRecordException unknownApplication(UUID applicationId) {
        return new UnknownRecordException("No application " + applicationId + " of this organisation.");
    }

    private void editable(UUID organisationId, UUID applicationId) {
        CertificationApplication application = repository.findApplicationForUpdate(applicationId)
                .filter(found -> found.organisationId().equals(organisationId))
                .orElseThrow(() -> unknownApplication(applicationId));
        if (!application.status().editableByOrganisation()) {
            throw RefusedException.onField("status", "application.error.not-editable");
        }
    }
}
