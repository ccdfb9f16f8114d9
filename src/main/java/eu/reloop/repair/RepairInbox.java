package eu.reloop.repair;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.directory.HandOver;
import eu.reloop.directory.OrganisationDetails;
import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.identity.UserAccounts;
import eu.reloop.market.Listings;
import eu.reloop.market.Warranties;
import eu.reloop.impact.ImpactRecords;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.Money;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampedRepair;
import eu.reloop.stamp.Stamps;

/**
 * The repairer's side: the requests its staff were asked, each answered once with a European Repair
 * Information Form or a decline, and the accepted repair carried from receipt to "ready" with its outcome. A
 * repairer sees only the requests it was asked; another's are as unknown as ones that do not exist.
 */
@Service
@Validated
public class RepairInbox {

    static final String STAFF = "@organisationAccess.canManage(#organisationId)";
    private static final int SHOWN_REQUESTS = 200;

    private final RepairRepository repairs;
    private final ImpactRecords impact;
    private final Organisations organisations;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final Stamps stamps;
    private final Warranties warranties;
    private final Clock clock;

    RepairInbox(RepairRepository repairs, Organisations organisations, UserAccounts accounts,
            Notifications notifications, ImpactRecords impact, Stamps stamps, Warranties warranties, Clock clock) {
        this.repairs = repairs;
        this.stamps = stamps;
        this.warranties = warranties;
        this.impact = impact;
        this.organisations = organisations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The requests the repairer was asked: those not yet collected first, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<RequestForRepairer> inbox(UUID organisationId) {
        return repairs.requestsTo(organisationId, SHOWN_REQUESTS).stream()
                .map(request -> forRepairer(organisationId, request)).toList();
    }

    /** One request the repairer was asked, with its own answer so far. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public RequestForRepairer request(UUID organisationId, UUID requestId) {
        return forRepairer(organisationId,
                repairs.request(requestId).orElseThrow(() -> RepairRequests.unknown(requestId)));
    }

    /** The request with the repairer's own answer; one that declined or was not chosen no longer sees the address. */
    private RequestForRepairer forRepairer(UUID organisationId, RepairRequest request) {
        RepairOffer offer = ownOffer(organisationId, request.id());
        boolean outOfTheRunning = offer.status() == OfferStatus.DECLINED || offer.status() == OfferStatus.NOT_CHOSEN;
        return new RequestForRepairer(outOfTheRunning ? request.withoutAddress() : request, offer);
    }

    /**
     * A form filled in as far as the organisation and the request tell: the site nearest the consumer and, for a
     * device brought in, its address as the hand-over place (else the consumer's), and no fees; with the workshops
     * and the currency the form is written with. The defect is left to
     * the repairer: it is published as open data, which the consumer's own words never are.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public FormStart prefilled(UUID organisationId, UUID requestId) {
        RequestForRepairer asked = request(organisationId, requestId);
        RepairRequest request = asked.request();
        OrganisationProfile profile = profile(organisationId);
        Site site = nearestSite(profile, request);
        String place = request.handOver() == HandOver.BRING || request.address() == null
                ? site.details().address().oneLine() : request.address();
        return new FormStart(new RepairForm(site.id(), "", "", null, false, null, BigDecimal.ZERO, null, false, null,
                place, null, null), profile.sites(), currencyOf(profile.organisation().details()));
    }

    /**
     * Issues the form, once, while the consumer has accepted none: it binds for 30 days from today in the time
     * zone of the site named. A maximum price says how it is calculated, a loan device on what terms, and extra
     * services' cost what they are.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void answer(UUID organisationId, UUID requestId, @Valid RepairForm form) {
        accounts.requireConfirmedEmail();
        RepairRequest request = lockAsked(organisationId, requestId);
        RepairOffer offer = waitingOffer(organisationId, requestId);
        if (form.priceIsMaximum() && form.priceBasis() == null) {
            throw RefusedException.onField("priceBasis", "repair.error.price-basis-needed");
        }
        if (form.loanDevice() && form.loanTerms() == null) {
            throw RefusedException.onField("loanTerms", "repair.error.loan-terms-needed");
        }
        if (form.extraServicesCost() != null && form.extraServices() == null) {
            throw RefusedException.onField("extraServices", "repair.error.extra-services-needed");
        }
        OrganisationProfile profile = profile(organisationId);
        Site site = profile.sites().stream().filter(candidate -> candidate.id().equals(form.siteId())).findFirst()
                .orElseThrow(() -> RefusedException.onField("siteId", "repair.error.unknown-site"));
        OrganisationDetails details = profile.organisation().details();
        Currency currency = currencyOf(details);
        ZoneId zone = site.details().timeZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        IssuedForm issued = new IssuedForm(details.legalName(), site.details().address().oneLine(), details.phone(),
                details.email(), site.id(), form.defect(), form.repairType(), new Money(form.price(), currency),
                form.priceIsMaximum(), form.priceBasis(), new Money(form.diagnosisFee(), currency), form.repairDays(),
                form.loanDevice(), form.loanTerms(), form.handOverPlace(), form.extraServices(),
                form.extraServicesCost() == null ? null : new Money(form.extraServicesCost(), currency), today,
                today.plusDays(IssuedForm.BINDING_DAYS), zone);
        repairs.issueForm(offer.id(), issued, now);
        notifications.notifyPerson(request.consumerEmail(), request.consumerLocale(), "mail.repair-form",
                List.of(details.legalName(), request.brand(), request.model(),
                        LocalizedFormats.date(issued.validUntil(), request.consumerLocale())),
                RepairLinks.request(requestId));
    }

    /** Declines the request, once, with a reason the consumer reads. */
    @Transactional
    @PreAuthorize(STAFF)
    public void decline(UUID organisationId, UUID requestId,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String reason) {
        accounts.requireConfirmedEmail();
        RepairRequest request = lockAsked(organisationId, requestId);
        RepairOffer offer = waitingOffer(organisationId, requestId);
        repairs.decline(offer.id(), reason.strip(), clock.instant());
        notifications.notifyPerson(request.consumerEmail(), request.consumerLocale(), "mail.repair-declined",
                List.of(offer.organisationName(), request.brand(), request.model(), reason.strip()),
                RepairLinks.request(requestId));
    }

    /** The repairer's next step on the repair it was chosen for: received, then (after the report) ready. */
    @Transactional
    @PreAuthorize(STAFF)
    public void moveTo(UUID organisationId, UUID requestId, @NotNull RepairStatus next) {
        RepairRequest request = lockChosen(organisationId, requestId);
        if (!request.status().repairerMayMoveTo(next)) {
            throw RefusedException.because("repair.error.wrong-step");
        }
        repairs.moveTo(requestId, next, clock.instant());
        if (next == RepairStatus.READY) {
            notifications.notifyPerson(request.consumerEmail(), request.consumerLocale(), "mail.repair-ready",
                    List.of(request.brand(), request.model()), RepairLinks.request(requestId));
        }
    }

    /**
     * Records the repair's outcome on a received device in the terms of the Open Repair Data Standard; a device
     * not fixed needs the barrier to its repair. A stamped device's repair goes into its stamp's log.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void report(UUID organisationId, UUID requestId, @Valid RepairReport report) {
        RepairRequest request = lockChosen(organisationId, requestId);
        if (request.status() != RepairStatus.RECEIVED) {
            throw RefusedException.because("repair.error.wrong-step");
        }
        if (report.outcome() != RepairOutcome.FIXED && report.barrier() == null) {
            throw RefusedException.onField("barrier", "repair.error.barrier-needed");
        }
        RepairOffer offer = repairs.offer(requestId, organisationId).orElseThrow();
        repairs.report(requestId, report, LocalDate.ofInstant(clock.instant(), offer.form().timeZone()), clock.instant());
        if (report.outcome() == RepairOutcome.FIXED) {
            impact.recordRepair(requestId.toString(), request.category(), organisationId, offer.form().siteId(),
                    request.consumerEmail(), clock.instant());
        }
        if (request.stampCode() != null) {
            stamps.recordRepair(new StampCode(request.stampCode()), new StampedRepair(organisationId,
                    report.outcome().name(), report.barrier() == null ? null : report.barrier().name(),
                    report.parts().name(), report.warrantyMonths(), warranties.stampUnderWarranty(request.stampCode())));
        }
    }

    /** A message to the consumer, on a request the repairer was asked and has not declined. */
    @Transactional
    @PreAuthorize(STAFF)
    public void write(UUID organisationId, UUID requestId,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String text) {
        RequestForRepairer asked = request(organisationId, requestId);
        if (asked.offer().status() == OfferStatus.DECLINED || asked.offer().status() == OfferStatus.NOT_CHOSEN) {
            throw RefusedException.because("repair.error.not-yours-now");
        }
        repairs.insertMessage(requestId, true, RepairRequests.currentUser(), text.strip(), clock.instant());
        RepairRequest request = asked.request();
        notifications.notifyPerson(request.consumerEmail(), request.consumerLocale(), "mail.repair-message",
                List.of(asked.offer().organisationName(), request.brand(), request.model()), RepairLinks.request(requestId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<RepairMessage> messages(UUID organisationId, UUID requestId) {
        request(organisationId, requestId);
        return repairs.messages(requestId);
    }

    private RepairOffer ownOffer(UUID organisationId, UUID requestId) {
        return repairs.offer(requestId, organisationId).orElseThrow(() -> RepairRequests.unknown(requestId));
    }

    private RepairRequest lockAsked(UUID organisationId, UUID requestId) {
        ownOffer(organisationId, requestId);
        RepairRequest request = repairs.lockRequest(requestId).orElseThrow(() -> RepairRequests.unknown(requestId));
        if (request.status() != RepairStatus.ASKED) {
            throw RefusedException.because("repair.error.already-accepted");
        }
        return request;
    }

    private RepairOffer waitingOffer(UUID organisationId, UUID requestId) {
        RepairOffer offer = ownOffer(organisationId, requestId);
        if (offer.status() != OfferStatus.WAITING) {
            throw RefusedException.because("repair.error.answered");
        }
        return offer;
    }

    private RepairRequest lockChosen(UUID organisationId, UUID requestId) {
        RepairOffer offer = ownOffer(organisationId, requestId);
        if (offer.status() != OfferStatus.ACCEPTED) {
            throw RefusedException.because("repair.error.not-chosen");
        }
        return repairs.lockRequest(requestId).orElseThrow(() -> RepairRequests.unknown(requestId));
    }

    private OrganisationProfile profile(UUID organisationId) {
        return organisations.profile(organisationId)
                .orElseThrow(() -> new UnknownRecordException("No organisation with id " + organisationId));
    }

    /** The currency the repairer's forms are priced in: its country's. */
    private static Currency currencyOf(OrganisationDetails details) {
        return Currency.getInstance(Listings.currencyOf(details.country()));
    }

    private static Site nearestSite(OrganisationProfile profile, RepairRequest request) {
        return profile.sites().stream()
                .min(Comparator.comparingDouble(site -> site.details().location().distanceKm(request.location())))
                .orElseThrow(() -> RefusedException.because("repair.error.no-site"));
    }

    /** A form to start an answer from, the repairer's workshops to choose from, and the currency it prices in. */
    public record FormStart(RepairForm form, List<Site> sites, Currency currency) {

        public FormStart {
            sites = List.copyOf(sites);
        }
    }

    /** A request as one repairer it was asked sees it, with that repairer's own answer. */
    public record RequestForRepairer(RepairRequest request, RepairOffer offer) {
    }
}
