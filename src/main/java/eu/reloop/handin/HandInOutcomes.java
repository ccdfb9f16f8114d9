package eu.reloop.handin;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.impact.ImpactRecords;
import eu.reloop.notification.Notifications;
import eu.reloop.search.OrganisationHit;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.ItemIdentity;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.StampApplications;

/**
 * What the receiving site records as each device's outcome, once any data on it is erased: refurbished (a stamp
 * application of its own, so only a certified reuse centre can), handed over to a certified reuse centre (which
 * confirms it), or recycled. When the last device of a hand-in has its outcome, the site no longer sees who
 * brought it.
 */
@Service
@Validated
public class HandInOutcomes {

    private static final String STAFF = HandInDesk.STAFF;
    private static final double RECEIVER_RADIUS_KM = 100;
    private static final int RECEIVERS_SHOWN = 20;

    private final HandInRepository repository;
    private final StampApplications stampApplications;
    private final Certificates certificates;
    private final OrganisationSearch search;
    private final HandIns handIns;
    private final Notifications notifications;
    private final Custody custody;
    private final ImpactRecords impact;
    private final Clock clock;

    HandInOutcomes(HandInRepository repository, StampApplications stampApplications, Certificates certificates,
            OrganisationSearch search, HandIns handIns, Notifications notifications,
            Custody custody, ImpactRecords impact, Clock clock) {
        this.custody = custody;
        this.impact = impact;
        this.repository = repository;
        this.search = search;
        this.handIns = handIns;
        this.stampApplications = stampApplications;
        this.certificates = certificates;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Starts a stamp application of the organisation for the device, which it then documents under "Quality
     * stamps"; refused unless its reuse-centre certificate covers the device's kind.
     *
     * @return the stamp application's id
     */
    @Transactional
    @PreAuthorize(STAFF)
    public UUID refurbish(UUID organisationId, @NotNull UUID handInId, @NotNull UUID deviceId) {
        HandIn handIn = handIns.lockReceived(organisationId, handInId);
        HandInDevice device = ready(handIn, deviceId);
        if (device.serial() == null) {
            throw RefusedException.because("handin.error.serial-needed");
        }
        UUID application = stampApplications.start(organisationId,
                new ItemIdentity(device.category(), device.brand(), device.model(), device.serial(), null));
        repository.refurbished(deviceId, application, clock.instant());
        custody.record(device, StampEvent.HANDIN_REFURBISHED, Map.of("organisation", organisationId.toString(),
                "stampApplication", application.toString()));
        settleIfDone(handInId);
        return application;
    }

    /** Hands the device over to a reuse centre certified for its kind, which is told and confirms receiving it. */
    @Transactional
    @PreAuthorize(STAFF)
    public void handOver(UUID organisationId, @NotNull UUID handInId, @NotNull UUID deviceId, @NotNull UUID receiverId) {
        HandIn handIn = handIns.lockReceived(organisationId, handInId);
        HandInDevice device = ready(handIn, deviceId);
        if (receiverId.equals(organisationId)
                || !certificates.isCertifiedFor(receiverId, CertificateKind.REUSE_CENTRE, device.category())) {
            throw RefusedException.onField("receiverId", "handin.error.receiver-not-certified");
        }
        repository.handedOver(deviceId, receiverId, clock.instant());
        custody.record(device, StampEvent.HANDIN_HANDED_OVER, Map.of("from", organisationId.toString(),
                "to", receiverId.toString()));
        notifications.notifyOrganisation(receiverId, "handin.notice.handed-over", List.of(handIns.organisationName(organisationId),
                device.brand() + " " + device.model(), handIn.code().display()), HandInLinks.desk());
        settleIfDone(handInId);
    }

    /**
     * Certified reuse centres within 100 km of the hand-in's site that may take a device of this kind, nearest
     * first: whom the site may hand it over to.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<OrganisationHit> receivers(UUID organisationId, @NotNull UUID handInId, @NotNull String category) {
        HandIn handIn = repository.find(handInId).filter(found -> found.organisationId().equals(organisationId))
                .orElseThrow(() -> new UnknownRecordException("No hand-in " + handInId + " at this organisation's sites"));
        return search.search(new OrganisationQuery(handIns.site(handIn.siteId()).details().location(), RECEIVER_RADIUS_KM,
                        category, null, true, false, 0, RECEIVERS_SHOWN)).hits().stream()
                .filter(hit -> hit.kind() == OrganisationKind.REUSE_CENTRE && !hit.organisationId().equals(organisationId))
                .filter(hit -> certificates.isCertifiedFor(hit.organisationId(), CertificateKind.REUSE_CENTRE, category))
                .toList();
    }

    /** The receiving centre confirms it has the device. */
    @Transactional
    @PreAuthorize(STAFF)
    public void confirmHandOver(UUID organisationId, @NotNull UUID deviceId) {
        if (!repository.confirmHandOver(deviceId, organisationId, clock.instant())) {
            throw new UnknownRecordException("No device " + deviceId + " handed over to this organisation unconfirmed");
        }
        HandIn handIn = repository.ofDevice(deviceId).orElseThrow();
        custody.record(handIn.device(deviceId), StampEvent.HANDIN_HANDOVER_CONFIRMED,
                Map.of("organisation", organisationId.toString()));
    }

    /** The devices handed over to the organisation that it has not confirmed yet, serials masked. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<HandOverToConfirm> awaitingConfirmation(UUID organisationId) {
        return repository.awaitingConfirmationBy(organisationId);
    }

    @Transactional
    @PreAuthorize(STAFF)
    public void recycle(UUID organisationId, @NotNull UUID handInId, @NotNull UUID deviceId,
            @Valid @NotNull Recycling recycling) {
        HandIn handIn = handIns.lockReceived(organisationId, handInId);
        HandInDevice device = ready(handIn, deviceId);
        if (recycling.sortedGrams() > recycling.weightGrams()) {
            throw RefusedException.onField("weightGrams", "handin.error.fractions-exceed-weight");
        }
        repository.recycled(deviceId, recycling, clock.instant());
        impact.recordRecycling(deviceId.toString(), device.category(), organisationId, handIn.siteId(),
                handIn.ownerEmail(), clock.instant(), recycling.materials());
        custody.record(device, StampEvent.HANDIN_RECYCLED, Map.of("organisation", organisationId.toString(),
                "recycler", recycling.recycler(), "weightGrams", String.valueOf(recycling.weightGrams())));
        settleIfDone(handInId);
    }

    private static HandInDevice ready(HandIn handIn, UUID deviceId) {
        HandInDevice device = handIn.device(deviceId);
        if (device.outcome() != null) {
            throw RefusedException.because("handin.error.outcome-recorded");
        }
        if (device.awaitsErasure()) {
            throw RefusedException.because("handin.error.erase-first");
        }
        return device;
    }

    private void settleIfDone(UUID handInId) {
        if (repository.find(handInId).orElseThrow().settled()) {
            repository.forgetOwnerName(handInId);
        }
    }

}
