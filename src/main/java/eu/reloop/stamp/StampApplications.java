package eu.reloop.stamp;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.shared.DocumentType;

/**
 * The reuse centre's side: one application per physical item, documented, saved as often as needed and
 * submitted when the report has nothing that blocks a stamp. The item itself is fixed when it starts. Only a centre whose reuse-centre
 * certificate is in force and covers the item's category may apply.
 */
@Service
public class StampApplications {

    static final String STAFF = "@organisationAccess.canManage(#organisationId)";
    static final String STAFF_OR_CERTIFIER = STAFF + " or hasRole('CERTIFIER')";
    public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    private final StampRepository repository;
    private final Certificates certificates;
    private final Clock clock;

    StampApplications(StampRepository repository, Certificates certificates, Clock clock) {
        this.repository = repository;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(STAFF)
    public UUID start(UUID organisationId, ItemIdentity item) {
        requireCertified(organisationId, item.category());
        return repository.insertApplication(organisationId, InspectionReport.of(item), clock.instant());
    }

    /** Saves the report as it stands; what blocks a stamp may still be open. */
    @Transactional
    @PreAuthorize(STAFF)
    public void save(UUID organisationId, UUID applicationId, InspectionReport report) {
        StampApplication application = editable(organisationId, applicationId);
        repository.saveReport(applicationId, report.withItem(application.report().item()), clock.instant());
    }

    /** Saves and submits, or refuses (saving nothing) with every reason the report cannot be stamped. */
    @Transactional
    @PreAuthorize(STAFF)
    public void submit(UUID organisationId, UUID applicationId, InspectionReport submitted) {
        // The item is the one the application was started for, whatever the caller sends.
        InspectionReport report = submitted.withItem(editable(organisationId, applicationId).report().item());
        requireCertified(organisationId, report.item().category());
        List<String> blockers = report.blockers();
        if (!blockers.isEmpty()) {
            throw new StampRefusedException(blockers);
        }
        repository.saveReport(applicationId, report, clock.instant());
        repository.setStatus(applicationId, StampApplicationStatus.SUBMITTED, null, null, clock.instant());
    }

    /** A photo of the item: JPEG or PNG, recognised by content, at most 10 MB. */
    @Transactional
    @PreAuthorize(STAFF)
    public UUID attachPhoto(UUID organisationId, UUID applicationId, String fileName, byte[] content) {
        editable(organisationId, applicationId);
        if (content.length > MAX_PHOTO_BYTES) {
            throw new StampRefusedException("stamp.error.photo-too-large");
        }
        DocumentType type = DocumentType.recognise(content).filter(DocumentType::isImage)
                .orElseThrow(() -> new StampRefusedException("stamp.error.photo-type"));
        return repository.insertPhoto(applicationId, fileName.isBlank() ? "photo" : fileName.strip(), type.contentType(),
                content, clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF_OR_CERTIFIER)
    public List<StampApplication> applicationsOf(UUID organisationId) {
        return repository.applicationsOf(organisationId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF_OR_CERTIFIER)
    public StampApplication application(UUID organisationId, UUID applicationId) {
        return repository.findApplication(applicationId)
                .filter(application -> application.organisationId().equals(organisationId))
                .orElseThrow(() -> new UnknownStampRecordException("stamp application " + applicationId));
    }

    /** A photo: only for the centre's own staff and for certifiers. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF_OR_CERTIFIER)
    public StampApplication.PhotoContent photo(UUID organisationId, UUID photoId) {
        return repository.photo(organisationId, photoId)
                .orElseThrow(() -> new UnknownStampRecordException("photo " + photoId));
    }

    private StampApplication editable(UUID organisationId, UUID applicationId) {
        StampApplication application = repository.findApplicationForUpdate(applicationId)
                .filter(found -> found.organisationId().equals(organisationId))
                .orElseThrow(() -> new UnknownStampRecordException("stamp application " + applicationId));
        if (!application.status().editableByCentre()) {
            throw new StampRefusedException("stamp.error.not-editable");
        }
        return application;
    }

    private void requireCertified(UUID organisationId, String category) {
        if (!certificates.isCertifiedFor(organisationId, CertificateKind.REUSE_CENTRE, category)) {
            throw new StampRefusedException("stamp.block.centre-not-certified");
        }
    }
}
