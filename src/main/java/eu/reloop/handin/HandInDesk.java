package eu.reloop.handin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.directory.Site;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.DataErasure;
import eu.reloop.stamp.RegistrySignatures;
import eu.reloop.stamp.StampEvent;

/**
 * The receiving site's side: the day's hand-ins, receiving one by its code, correcting what the owner said they
 * bring, and recording each data-bearing device's erasure (or destruction, NIST's DESTROY), which issues the
 * owner's signed certificate. A site's staff see only their own organisation's hand-ins.
 */
@Service
@Validated
public class HandInDesk {

    static final String STAFF = "@organisationAccess.canManage(#organisationId)";
    public static final int MAX_PER_HOUR = 100;

    private final HandInRepository repository;
    private final HandInSlots slots;
    private final HandIns handIns;
    private final RegistrySignatures signatures;
    private final Notifications notifications;
    private final Custody custody;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    HandInDesk(HandInRepository repository, HandInSlots slots, HandIns handIns, RegistrySignatures signatures,
            Notifications notifications, Custody custody, Clock clock) {
        this.custody = custody;
        this.repository = repository;
        this.slots = slots;
        this.handIns = handIns;
        this.signatures = signatures;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The hand-ins booked at the organisation's sites on a date of each site's own, by slot. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<HandIn> day(UUID organisationId, @NotNull LocalDate date) {
        // A day in any Nordic time zone lies within the UTC days before and after it.
        Instant from = date.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = date.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        return repository.ofOrganisationBetween(organisationId, from, to).stream()
                .filter(handIn -> handIn.slotStart().atZone(handIn.siteTimeZone()).toLocalDate().equals(date))
                .map(HandIn::forSite).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public HandIn handIn(UUID organisationId, @NotNull UUID handInId) {
        return repository.find(handInId).filter(found -> found.organisationId().equals(organisationId))
                .map(HandIn::forSite).orElseThrow(() -> unknown(handInId));
    }

    /**
     * Receives the hand-in the owner shows the code of; receiving it twice is receiving it once. A code booked at
     * another organisation's site is as unknown here as one never issued.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public HandIn receive(UUID organisationId, @NotNull String code) {
        HandInCode read = new HandInCode(HandInCode.FORMAT.readOrRefuse(code, "code", "handin.error.code-typo",
                "handin.error.code-malformed"));
        UUID found = repository.findByCode(read).filter(byCode -> byCode.organisationId().equals(organisationId))
                .orElseThrow(() -> RefusedException.onField("code", "handin.error.code-unknown", read.display())).id();
        // Locked, as the owner's cancellation and a colleague's receipt lock it: one of them goes first.
        HandIn handIn = repository.lock(found).orElseThrow();
        switch (handIn.status()) {
            case CANCELLED -> throw RefusedException.onField("code", "handin.error.cancelled", read.display());
            case BOOKED -> {
                repository.receive(handIn.id(), clock.instant());
                custody.record(handIn, StampEvent.HANDIN_RECEIVED, Map.of("organisation", organisationId.toString()));
            }
            case RECEIVED -> { }
        }
        return repository.find(handIn.id()).orElseThrow().forSite();
    }

    /**
     * What the device really is, as the site finds on receipt; only until its erasure or outcome is recorded. A device
     * its owner said may hold data keeps that: its erasure or destruction is recorded, never skipped.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void correctDevice(UUID organisationId, @NotNull UUID handInId, @NotNull UUID deviceId,
            @Valid @NotNull DeviceBrought device) {
        HandInDevice stored = handIns.lockReceived(organisationId, handInId).device(deviceId);
        if (stored.erasure() != null) {
            throw RefusedException.because("handin.error.already-erased");
        }
        if (stored.outcome() != null) {
            throw RefusedException.because("handin.error.outcome-recorded");
        }
        if (stored.holdsData() && !device.holdsData()) {
            throw RefusedException.onField("holdsData", "handin.error.holds-data-kept");
        }
        repository.correctDevice(deviceId, device);
    }

    /**
     * Records the device's erasure or, with method DESTROY, its destruction, and issues the owner's certificate,
     * signed with the registry's key; the owner is e-mailed.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public CertificateCode recordErasure(UUID organisationId, @NotNull UUID handInId, @NotNull UUID deviceId,
            @Valid @NotNull DataErasure erasure) {
        HandIn handIn = handIns.lockReceived(organisationId, handInId);
        HandInDevice device = handIn.device(deviceId);
        if (!device.holdsData()) {
            throw RefusedException.because("handin.error.holds-no-data");
        }
        if (device.erasure() != null) {
            throw RefusedException.because("handin.error.already-erased");
        }
        if (erasure.performedOn().isAfter(LocalDate.ofInstant(clock.instant(), handIn.siteTimeZone()))) {
            throw RefusedException.onField("performedOn", "handin.error.erased-in-future");
        }
        Instant now = clock.instant();
        CertificateCode code = issue(handIn, device, erasure, now);
        custody.record(device, StampEvent.HANDIN_ERASED, Map.of("certificate", code.value(),
                "method", erasure.method().name()));
        if (handIn.ownerEmail() != null) {
            notifications.notifyPerson(handIn.ownerEmail(), handIn.ownerLocale(), "handin.mail.certificate",
                    List.of(device.brand() + " " + device.model(), code.display()), HandInLinks.certificate(code));
        }
        return code;
    }

    /** How many hand-ins the site takes per hour. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public int capacity(UUID organisationId, @NotNull UUID siteId) {
        return slots.perHour(ownSite(organisationId, siteId).id());
    }

    @Transactional
    @PreAuthorize(STAFF)
    public void setCapacity(UUID organisationId, @NotNull UUID siteId, @Min(1) @Max(MAX_PER_HOUR) int perHour) {
        repository.setCapacity(ownSite(organisationId, siteId).id(), perHour);
    }

    private CertificateCode issue(HandIn handIn, HandInDevice device, DataErasure erasure, Instant now) {
        // 32^10 codes: a clash is not worth a retry.
        CertificateCode code = CertificateCode.generate(random);
        RegistrySignatures.SignedStatement signed = signatures.sign(statement(code, device, erasure,
                handIns.organisationName(handIn.organisationId()), handIn.siteName(), now));
        repository.recordErasure(device.id(), erasure, code, signed.canonical(), signed.keyId(), signed.signature(), now);
        return code;
    }

    private Site ownSite(UUID organisationId, UUID siteId) {
        Site site = handIns.site(siteId);
        if (!site.organisationId().equals(organisationId)) {
            throw new UnknownRecordException("No site " + siteId + " of this organisation");
        }
        return site;
    }

    private static UnknownRecordException unknown(UUID handInId) {
        return new UnknownRecordException("No hand-in " + handInId + " at this organisation's sites");
    }

    /** The fields of a certificate as signed, in this order; the owner is not among them. */
    private static Map<String, Object> statement(CertificateCode code, HandInDevice device, DataErasure erasure, String organisation,
            String site, Instant issuedAt) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("v", 1);
        fields.put("type", "erasure-certificate");
        fields.put("code", code.value());
        fields.put("category", device.category());
        fields.put("brand", device.brand());
        fields.put("model", device.model());
        fields.put("serial", device.maskedSerial());
        fields.put("method", erasure.method().name());
        fields.put("technique", erasure.technique());
        fields.put("tool", erasure.toolAndVersion());
        fields.put("verification", erasure.verification().name());
        fields.put("performedOn", erasure.performedOn().toString());
        fields.put("organisation", organisation);
        fields.put("site", site);
        fields.put("issuedAt", issuedAt.toString());
        return fields;
    }
}
