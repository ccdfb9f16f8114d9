package eu.reloop.stamp;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.UserAccounts;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * The certifier's side: submitted stamp applications, oldest first, and the decision on each. Approval
 * checks every rule again (the centre's certificate may have lapsed since submission) and issues the
 * stamp: a fresh code, the signed statement, and the first entry in the stamp log.
 */
@Service
@Validated
@PreAuthorize("hasRole('CERTIFIER')")
public class StampReviews {

    /** The extended warranty of every stamped item, counted from the date of sale. */
    public static final int WARRANTY_MONTHS = 24;

    private final StampRepository repository;
    private final StampLog log;
    private final StampSigningKeys keys;
    private final Certificates certificates;
    private final OrganisationAccess access;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final StampCodeSource codes;
    private final ItemBlockers itemBlockers;
    private final Clock clock;

    StampReviews(StampRepository repository, StampLog log, StampSigningKeys keys, Certificates certificates,
            OrganisationAccess access, UserAccounts accounts, Notifications notifications, StampCodeSource codes,
            ItemBlockers itemBlockers, Clock clock) {
        this.repository = repository;
        this.log = log;
        this.keys = keys;
        this.certificates = certificates;
        this.access = access;
        this.accounts = accounts;
        this.notifications = notifications;
        this.codes = codes;
        this.itemBlockers = itemBlockers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StampApplication> queue(int offset, int limit) {
        return repository.queue(offset, limit);
    }

    @Transactional(readOnly = true)
    public int queueSize() {
        return repository.queueSize();
    }

    @Transactional(readOnly = true)
    public StampApplication application(UUID applicationId) {
        return repository.findApplication(applicationId)
                .orElseThrow(() -> new UnknownRecordException("No stamp application " + applicationId));
    }

    /** Whether the centre's reuse-centre certificate is in force and covers the item now, for the queue. */
    @Transactional(readOnly = true)
    public boolean centreCertifiedFor(StampApplication application) {
        return certificates.isCertifiedFor(application.organisationId(), CertificateKind.REUSE_CENTRE,
                application.report().item().category());
    }

    /**
     * Every reason the item cannot be stamped now: the application's own (its report, a missing photo), the item's
     * (stamped already, reported lost), and the centre's certificate; none to approve.
     */
    @Transactional(readOnly = true)
    public List<RefusedException.Reason> blockers(StampApplication application) {
        List<RefusedException.Reason> blockers = new ArrayList<>(application.blockers(application.report()));
        blockers.addAll(itemBlockers.of(application.report().item()));
        if (!centreCertifiedFor(application)) {
            blockers.add(InspectionReport.blocker(null, "stamp.block.centre-not-certified"));
        }
        return List.copyOf(blockers);
    }

    @Transactional(readOnly = true)
    public boolean mayDecideOn(UUID organisationId) {
        return !access.isStaffOf(organisationId);
    }

    @Transactional
    public Stamp approve(UUID applicationId) {
        StampApplication application = awaitingDecision(applicationId);
        InspectionReport report = application.report();
        List<RefusedException.Reason> blockers = blockers(application);
        if (!blockers.isEmpty()) {
            throw new RefusedException(blockers);
        }
        StampCode code = newCode();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        StampRepository.PhotoBytes photo = repository.firstPhoto(applicationId).orElseThrow();
        String photoHash = HexFormat.of().formatHex(MerkleTree.sha256(photo.content()));
        String statement = StampStatement.of(code, report, photoHash, application.organisationName(), now, WARRANTY_MONTHS)
                .canonical();
        StampSigningKeys.Signed signed = keys.sign(SignedTreeHead.bytes(statement));
        Stamp stamp = new Stamp(code, applicationId, application.organisationId(), report, now, accounts.currentDisplayName(),
                statement, Base64.getUrlEncoder().withoutPadding().encodeToString(signed.signature()), signed.keyId(),
                null, null, WARRANTY_MONTHS, photo.id());
        repository.insertStamp(stamp);
        log.append(code, StampEvent.ISSUED, Map.of("centre", application.organisationId().toString(),
                "report", ReportDigest.of(report), "photo", photoHash,
                "category", report.item().category(), "grade", String.valueOf(report.grade()), "certifier", stamp.certifier()));
        repository.setStatus(applicationId, StampApplicationStatus.APPROVED, null, code.value(), now);
        notifications.notifyOrganisation(application.organisationId(), "notice.stamp-issued",
                List.of(code.display(), report.item().brand() + " " + report.item().model()), StampLinks.verify(code));
        return stamp;
    }

    /** Sends the application back with a note on what to correct; the centre edits and submits again. */
    @Transactional
    public void returnForCorrection(UUID applicationId,
            @NotBlank @Size(max = TextLimits.NOTE) @PrintableText(multiLine = true) String note) {
        decide(applicationId, StampApplicationStatus.RETURNED, note, "notice.stamp-returned");
    }

    /** Refuses the item for good, with a note on why. */
    @Transactional
    public void reject(UUID applicationId,
            @NotBlank @Size(max = TextLimits.NOTE) @PrintableText(multiLine = true) String note) {
        decide(applicationId, StampApplicationStatus.REJECTED, note, "notice.stamp-rejected");
    }

    private void decide(UUID applicationId, StampApplicationStatus status, String note, String noticeKey) {
        StampApplication application = awaitingDecision(applicationId);
        repository.setStatus(applicationId, status, note.strip(), null, clock.instant());
        var item = application.report().item();
        notifications.notifyOrganisation(application.organisationId(), noticeKey,
                List.of(item.brand() + " " + item.model(), note.strip()), null);
    }

    private StampApplication awaitingDecision(UUID applicationId) {
        StampApplication application = repository.findApplicationForUpdate(applicationId)
                .orElseThrow(() -> new UnknownRecordException("No stamp application " + applicationId));
        if (!mayDecideOn(application.organisationId())) {
            throw new AccessDeniedException("A certifier may not decide on an organisation they work for");
        }
        if (application.status() != StampApplicationStatus.SUBMITTED) {
            throw RefusedException.because("stamp.error.not-submitted");
        }
        return application;
    }

    private StampCode newCode() {
        StampCode code;
        do {
            code = codes.next();
        } while (repository.stampExists(code));
        return code;
    }
}
