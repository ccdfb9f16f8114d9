package eu.reloop.stamp;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisations;
import eu.reloop.shared.Photo;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * The reuse centre's side: one application per physical item, documented, saved as often as needed and
 * submitted when the report has nothing that blocks a stamp. The item itself is fixed when it starts. Only a centre whose reuse-centre
 * certificate is in force and covers the item's category may apply.
 */
@Service
@Validated
public class StampApplications {

    static final String STAFF = "@organisationAccess.canManage(#organisationId)";
    static final String STAFF_OR_CERTIFIER = STAFF + " or hasRole('CERTIFIER')";
    public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    private final StampRepository repository;
    private final Certificates certificates;
    private final Organisations organisations;
    private final ItemBlockers itemBlockers;
    private final Clock clock;

    StampApplications(StampRepository repository, Certificates certificates, Organisations organisations,
            ItemBlockers itemBlockers, Clock clock) {
        this.repository = repository;
        this.certificates = certificates;
        this.organisations = organisations;
        this.itemBlockers = itemBlockers;
        this.clock = clock;
    }

    /**
     * The kinds of device the organisation may start an application for now, in the taxonomy's order: those its
     * reuse-centre certificate in force covers, as {@link #start} checks them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<DeviceCategory> certifiedCategories(UUID organisationId) {
        return organisations.categories().stream()
                .filter(category -> isCertifiedFor(organisationId, category.code())).toList();
    }

    @Transactional
    @PreAuthorize(STAFF)
    public UUID start(UUID organisationId, @Valid ItemIdentity item) {
        Integer year = item.yearOfManufacture();
        if (year != null && year > Year.now(clock).getValue()) {
            throw RefusedException.onField("yearOfManufacture", "my-stamps.year.range", ItemIdentity.FIRST_YEAR);
        }
        requireCertified(organisationId, item.category());
        List<RefusedException.Reason> blockers = itemBlockers.of(item);
        if (!blockers.isEmpty()) {
            throw new RefusedException(blockers);
        }
        return repository.insertApplication(organisationId, InspectionReport.of(item), clock.instant());
    }

    /** Saves the report as it stands; what blocks a stamp may still be open. */
    @Transactional
    @PreAuthorize(STAFF)
    public void save(UUID organisationId, UUID applicationId, @Valid InspectionReport report) {
        StampApplication application = editable(organisationId, applicationId);
        repository.saveReport(applicationId, report.withItem(application.report().item()), clock.instant());
    }

    /** Saves and submits, or refuses (saving nothing) with every reason the report cannot be stamped. */
    @Transactional
    @PreAuthorize(STAFF)
    public void submit(UUID organisationId, UUID applicationId, @Valid InspectionReport submitted) {
        // The item is the one the application was started for, whatever the caller sends.
        StampApplication application = editable(organisationId, applicationId);
        InspectionReport report = submitted.withItem(application.report().item());
        requireCertified(organisationId, report.item().category());
        List<RefusedException.Reason> blockers = application.blockers(report);
        if (!blockers.isEmpty()) {
            throw new RefusedException(blockers);
        }
        repository.saveReport(applicationId, report, clock.instant());
        repository.setStatus(applicationId, StampApplicationStatus.SUBMITTED, null, null, clock.instant());
    }

    /** A photo of the item: JPEG or PNG, recognised by content, at most 10 MB. */
    @Transactional
    @PreAuthorize(STAFF)
    public UUID attachPhoto(UUID organisationId, UUID applicationId,
            @Size(max = TextLimits.NAME) @PrintableText String fileName, byte[] content) {
        editable(organisationId, applicationId);
        String contentType = Photo.contentTypeOf(content, MAX_PHOTO_BYTES, "content", "stamp.error");
        return repository.insertPhoto(applicationId, fileName.isBlank() ? "photo" : fileName.strip(), contentType,
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
                .orElseThrow(() -> noApplication(applicationId));
    }

    /** A photo: only for the centre's own staff and for certifiers. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF_OR_CERTIFIER)
    public StampApplication.PhotoContent photo(UUID organisationId, UUID photoId) {
        return repository.photo(organisationId, photoId)
                .orElseThrow(() -> new UnknownRecordException("No photo " + photoId + " of this organisation"));
    }

    private StampApplication editable(UUID organisationId, UUID applicationId) {
        StampApplication application = repository.findApplicationForUpdate(applicationId)
                .filter(found -> found.organisationId().equals(organisationId))
                .orElseThrow(() -> noApplication(applicationId));
        if (!application.status().editableByCentre()) {
            throw RefusedException.because("stamp.error.not-editable");
        }
        return application;
    }

    private static UnknownRecordException noApplication(UUID applicationId) {
        return new UnknownRecordException("No stamp application " + applicationId + " of this organisation");
    }

    private void requireCertified(UUID organisationId, String category) {
        if (!isCertifiedFor(organisationId, category)) {
            throw RefusedException.because("stamp.block.centre-not-certified");
        }
    }

    private boolean isCertifiedFor(UUID organisationId, String category) {
        return certificates.isCertifiedFor(organisationId, CertificateKind.REUSE_CENTRE, category);
    }
}
