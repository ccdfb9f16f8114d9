package eu.reloop.stamp;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.directory.CertificationStanding;
import eu.reloop.directory.Organisation;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * Issued stamps: public verification by code (answered from the registry, live), the check of a signed
 * statement from a QR code, the inclusion proof of a stamp's issue in the log, and revocation.
 */
@Service
@Validated
public class Stamps {

    private static final Set<StampEvent> MARKET_EVENTS = EnumSet.of(StampEvent.SOLD, StampEvent.RETURNED,
            StampEvent.WARRANTY_CLAIM, StampEvent.TRANSFERRED);

    private final StampRepository repository;
    private final StampLog log;
    private final StampSigningKeys keys;
    private final Organisations organisations;
    private final OrganisationAccess access;
    private final Notifications notifications;
    private final LabelDocuments documents;
    private final LostItems lostItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Stamps(StampRepository repository, StampLog log, StampSigningKeys keys, Organisations organisations,
            OrganisationAccess access, Notifications notifications, LabelDocuments documents, LostItems lostItems,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.log = log;
        this.keys = keys;
        this.organisations = organisations;
        this.access = access;
        this.notifications = notifications;
        this.documents = documents;
        this.lostItems = lostItems;
        this.events = events;
        this.clock = clock;
    }

    /** The stamp behind a code as typed; empty when there is none. Check the code with {@link StampCode#read} first. */
    @Transactional(readOnly = true)
    public Optional<StampVerification> verify(StampCode code) {
        return repository.findStamp(code).map(this::verification);
    }

    /**
     * The photo the stamp shows, for anyone: its SHA-256 is in the stamp's signed statement and issue entry. Empty for
     * an unknown stamp and for one issued before photos were required.
     */
    @Transactional(readOnly = true)
    public Optional<StampApplication.PhotoContent> photo(StampCode code) {
        return repository.stampPhoto(code);
    }

    /** How many stamps were issued per month (UTC), issuing centre, category and grade, revoked ones too. */
    @Transactional(readOnly = true)
    public List<IssuedCount> issuedCounts() {
        return repository.issuedCounts();
    }

    /** Stamps issued in one month by one centre for one category and grade. */
    public record IssuedCount(YearMonth month, UUID organisationId, String category, Grade grade, long stamps) {
    }

    @Transactional(readOnly = true)
    public Optional<Stamp> stamp(StampCode code) {
        return repository.findStamp(code);
    }

    /**
     * Checks the signed statement a QR code carried for this stamp: it must be exactly the statement the
     * registry signed for this code, under a signature of one of its published keys (retired ones too).
     * A genuine statement of another stamp does not pass for this one, nor one with a part missing; a genuine one
     * is told with the stamp's status now, read from the checked log.
     */
    @Transactional(readOnly = true)
    public StatementCheck checkStatement(StampCode code, @Nullable String payload, @Nullable String signature,
            @Nullable String keyId) {
        Instant now = clock.instant();
        return signedStamp(code, payload, signature, keyId).map(stamp -> new StatementCheck(switch (status(stamp)) {
            case VALID -> StatementCheck.Verdict.NOT_REVOKED;
            case REVOKED -> StatementCheck.Verdict.REVOKED;
            case UNVERIFIABLE -> StatementCheck.Verdict.UNVERIFIABLE;
        }, now)).orElseGet(() -> new StatementCheck(StatementCheck.Verdict.NOT_GENUINE, now));
    }

    private Optional<Stamp> signedStamp(StampCode code, @Nullable String payload, @Nullable String signature,
            @Nullable String keyId) {
        if (payload == null || signature == null || keyId == null) {
            return Optional.empty();
        }
        try {
            byte[] text = Base64.getUrlDecoder().decode(payload);
            if (!keys.verify(keyId, text, Base64.getUrlDecoder().decode(signature))) {
                return Optional.empty();
            }
            return repository.findStamp(code)
                    .filter(stamp -> stamp.signedPayload().equals(new String(text, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /**
     * The proof that each of the stamp's events is in the log, oldest first, against the tree of {@code treeSize}
     * (the log as it is now when null); an event not yet in a tree of that size has none.
     */
    @Transactional(readOnly = true)
    public Optional<List<EventProof>> eventProofs(StampCode code, @Nullable Long treeSize) {
        return repository.findStamp(code).map(stamp -> log.entriesOf(code).stream()
                .filter(entry -> treeSize == null || entry.sequence() < treeSize)
                .map(entry -> new EventProof(entry.event(), log.inclusionProof(entry.sequence(), treeSize))).toList());
    }

    /** One event of a stamp with the proof that it is in the log. */
    public record EventProof(StampEvent event, StampLog.InclusionProof proof) {
    }

    /**
     * Whether the stamp exists, is not revoked, its record passes its checks and its item is not reported lost or
     * stolen: what the market checks before it lists or sells the item.
     */
    @Transactional(readOnly = true)
    public boolean inForce(StampCode code) {
        return repository.findStamp(code).filter(stamp -> status(stamp) == StampVerification.Status.VALID
                && lostItems.reportOn(stamp.report().item()).isEmpty()).isPresent();
    }

    /**
     * Whether {@code typed} is the stamped item's serial number or IMEI (case, white space and hyphens aside): what
     * a buyer checks against the device's own settings. The answer is yes or no; the serial itself stays hidden.
     */
    @Transactional(readOnly = true)
    public boolean serialMatches(StampCode code, @Size(max = TextLimits.LABEL) String typed) {
        return repository.findStamp(code)
                .filter(stamp -> ItemIdentity.normalisedSerial(stamp.report().item().serialNumber())
                        .equals(ItemIdentity.normalisedSerial(typed)))
                .isPresent();
    }

    /** The stamps of a centre that are in force, newest first: what its staff may list for sale. */
    @Transactional(readOnly = true)
    @PreAuthorize(StampApplications.STAFF)
    public List<Stamp> inForceOf(UUID organisationId) {
        return repository.stampsOf(organisationId).stream()
                .filter(stamp -> status(stamp) == StampVerification.Status.VALID).toList();
    }

    /**
     * Appends a marketplace event (sale, return, warranty claim) to the item's history in the log. The
     * market calls it in the transaction that records the event, after its own checks of who may do it.
     */
    @Transactional
    public void recordMarketEvent(StampCode code, StampEvent event, Map<String, String> details) {
        if (!MARKET_EVENTS.contains(event)) {
            throw new IllegalArgumentException(event + " is no market event");
        }
        Stamp stamp = repository.findStamp(code).orElseThrow(() -> new UnknownRecordException("No stamp " + code.display()));
        log.append(code, event, details);
        if (event == StampEvent.SOLD) {
            events.publishEvent(new StampedItemSold(code.value(), stamp.applicationId()));
        }
    }

    /**
     * Appends a repair of the stamped item to its history in the log. The repair module calls it in the transaction
     * that records the repair's outcome, after its own checks that the repairer was the one chosen for it.
     */
    @Transactional
    public void recordRepair(StampCode code, StampedRepair repair) {
        repository.findStamp(code).orElseThrow(() -> new UnknownRecordException("No stamp " + code.display()));
        log.append(code, StampEvent.REPAIRED, repair.details());
    }

    /** Whether the signed-in user may print the stamp's label and erasure certificate: its issuing centre only. */
    @Transactional(readOnly = true)
    public boolean mayPrint(StampCode code) {
        return repository.findStamp(code).map(this::mayPrint).orElse(false);
    }

    /** The label to stick on the item (PDF), for the issuing centre while the stamp is in force. */
    @Transactional(readOnly = true)
    public byte[] label(StampCode code) {
        return documents.label(printable(code));
    }

    /** The data erasure certificate (PDF), for the issuing centre; empty when no erasure was recorded. */
    @Transactional(readOnly = true)
    public Optional<byte[]> erasureCertificate(StampCode code) {
        Stamp stamp = printable(code);
        if (stamp.report().erasure() == null) {
            return Optional.empty();
        }
        String centre = organisations.profile(stamp.organisationId()).orElseThrow().organisation().details().legalName();
        return Optional.of(documents.erasureCertificate(stamp, centre));
    }

    /** The link the stamp's QR code holds, statement and signature included. */
    @Transactional(readOnly = true)
    public Optional<String> verificationLink(StampCode code) {
        return repository.findStamp(code).map(documents::verificationLink);
    }

    /** Whether the signed-in user may revoke the stamp: a certifier who does not work for the issuing centre. */
    @Transactional(readOnly = true)
    public boolean mayRevoke(StampCode code) {
        return isCertifier() && repository.findStamp(code)
                .filter(stamp -> !revoked(stamp) && !access.isStaffOf(stamp.organisationId())).isPresent();
    }

    /** Takes a stamp out of force for good, with a reason everyone checking it will read. */
    @Transactional
    @PreAuthorize("hasRole('CERTIFIER')")
    public void revoke(StampCode code,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String reason) {
        Stamp stamp = repository.findStamp(code).orElseThrow(() -> new UnknownRecordException("No stamp " + code.display()));
        if (access.isStaffOf(stamp.organisationId())) {
            throw new AccessDeniedException("A certifier may not revoke a stamp of an organisation they work for");
        }
        if (!repository.revoke(code, reason.strip(), clock.instant())) {
            throw RefusedException.because("stamp.error.already-revoked");
        }
        log.append(code, StampEvent.REVOKED, Map.of("reason", reason.strip()));
        events.publishEvent(new StampRevoked(code.value(), stamp.organisationId()));
        notifications.notifyOrganisation(stamp.organisationId(), "notice.stamp-revoked",
                List.of(code.display(), reason.strip()), StampLinks.verify(code));
    }

    private Stamp printable(StampCode code) {
        Stamp stamp = repository.findStamp(code).orElseThrow(() -> new UnknownRecordException("No stamp " + code.display()));
        if (!mayPrint(stamp)) {
            // A label printed by anyone else (or for a revoked stamp) could end up on another item.
            throw new AccessDeniedException("Only the issuing centre prints a stamp's documents, while it is in force");
        }
        return stamp;
    }

    private boolean mayPrint(Stamp stamp) {
        return status(stamp) == StampVerification.Status.VALID && access.canManage(stamp.organisationId());
    }

    /** Read from the log, which cannot be changed, not from the stamp row, which could be. */
    private boolean revoked(Stamp stamp) {
        return log.entriesOf(stamp.code()).stream().anyMatch(entry -> entry.event() == StampEvent.REVOKED);
    }

    private StampVerification.Status status(Stamp stamp) {
        return status(stamp, log.entriesOf(stamp.code()));
    }

    /**
     * Revoked when the log says so. Unverifiable when the stamp's record fails its own checks: an entry whose
     * hash or signature is wrong, no issue entry, or a report that no longer matches the digest its issue
     * entry carries; nobody should rely on such a stamp until the registry is put right.
     */
    private StampVerification.Status status(Stamp stamp, List<LogEntry> entries) {
        if (entries.stream().anyMatch(entry -> entry.event() == StampEvent.REVOKED)) {
            return StampVerification.Status.REVOKED;
        }
        Optional<LogEntry> issue = entries.stream().filter(entry -> entry.event() == StampEvent.ISSUED).findFirst();
        boolean reportHolds = issue.map(entry -> entry.details().get("report"))
                .map(digest -> digest.equals(ReportDigest.of(stamp.report()))).orElse(true);
        if (issue.isEmpty() || !reportHolds || entries.stream().anyMatch(entry -> log.problemWith(entry).isPresent())) {
            return StampVerification.Status.UNVERIFIABLE;
        }
        return StampVerification.Status.VALID;
    }

    private static boolean isCertifier() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream()
                .anyMatch(authority -> Role.CERTIFIER.authority().equals(authority.getAuthority()));
    }

    /** The photo's hash as the checked issue entry records it, so that a changed photo does not pass for the stamped one. */
    private static @Nullable String issuedPhotoHash(List<LogEntry> entries) {
        return entries.stream().filter(entry -> entry.event() == StampEvent.ISSUED).findFirst()
                .map(entry -> entry.details().get("photo")).orElse(null);
    }

    private StampVerification verification(Stamp stamp) {
        InspectionReport report = stamp.report();
        ItemIdentity item = report.item();
        Organisation centre = organisations.profile(stamp.organisationId()).orElseThrow().organisation();
        CertificationStanding standing = centre.certification();
        List<LogEntry> entries = log.entriesOf(stamp.code());
        List<StampVerification.HistoryEntry> history = entries.stream()
                .map(entry -> new StampVerification.HistoryEntry(entry.sequence(), entry.event(), entry.recordedAt(),
                        entry.details()))
                .toList();
        // The status follows the append-only log: clearing the stamp row's revocation changes nothing here.
        return new StampVerification(stamp.code().display(), status(stamp, entries),
                item.category(), item.brand(), item.model(), item.maskedSerial(), item.yearOfManufacture(),
                report.grade(), (int) report.tests().stream().filter(TestResult::passed).count(), report.tests().size(),
                report.electricalSafety() == null ? null : report.electricalSafety().outsideLimits().isEmpty(),
                report.batteryHealthPercent(), report.batteryReplaced(),
                report.profile().dataBearing() ? report.erasure() != null : null,
                report.erasure() == null ? null : report.erasure().method().name(), report.partsReplaced().size(),
                centre.id(), centre.details().legalName(), standing.status(), stamp.certifier(), stamp.issuedAt(),
                stamp.warrantyMonths(), issuedPhotoHash(entries), stamp.revokedAt(), stamp.revokedReason(),
                lostItems.reportOn(item).map(LostItems.LostReport::reportedAt).orElse(null), history, clock.instant());
    }
}
