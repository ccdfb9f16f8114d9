package eu.reloop.repair;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.Organisation;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.UserAccounts;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.Photo;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.ReadsInLanguage;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.ItemOwners;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.Stamps;

/**
 * The consumer's side of a repair: asking one to three certified repairers, reading their forms, accepting
 * one while it binds with a hand-over time when the repairer is open, collecting the repaired device, and
 * writing to the repairer. A request is its consumer's alone: anyone else's is as unknown as one that does not
 * exist.
 */
@Service
@Validated
public class RepairRequests {

    public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;
    static final int MAX_PHOTOS = 6;

    private final RepairRepository repairs;
    private final Organisations organisations;
    private final Certificates certificates;
    private final OrganisationAccess access;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final Stamps stamps;
    private final ItemOwners owners;
    private final Clock clock;

    RepairRequests(RepairRepository repairs, Organisations organisations, Certificates certificates,
            OrganisationAccess access, UserAccounts accounts, Notifications notifications, Stamps stamps,
            ItemOwners owners, Clock clock) {
        this.repairs = repairs;
        this.organisations = organisations;
        this.certificates = certificates;
        this.stamps = stamps;
        this.owners = owners;
        this.access = access;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Sends the request to the repairers named, each of which must hold a repairer's certificate in force for
     * the category, about a device with a stamp in force if the consumer gives its code. The consumer's language is kept for the e-mails they get and the forms' PDF.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public UUID ask(@Valid RepairAsk ask, Locale language) {
        accounts.requireConfirmedEmail();
        DeviceCategory category = organisations.categories().stream()
                .filter(known -> known.code().equals(ask.category())).findFirst()
                .orElseThrow(() -> RefusedException.onField("category", "repair.error.unknown-category"));
        if (ask.purchaseYear() != null && ask.purchaseYear() > Year.now(clock).getValue()) {
            throw RefusedException.onField("purchaseYear", "repair.error.future-year");
        }
        if (ask.handOver() != HandOver.BRING && ask.address() == null) {
            throw RefusedException.onField("address", "repair.error.address-needed");
        }
        List<Organisation> repairers = organisations.byName(ask.repairers(), Locale.ENGLISH);
        for (UUID repairer : ask.repairers()) {
            if (!certificates.isCertifiedFor(repairer, CertificateKind.REPAIRER, category.code())) {
                String name = repairers.stream().filter(found -> found.id().equals(repairer)).findFirst()
                        .map(found -> found.details().legalName()).orElse(repairer.toString());
                throw RefusedException.onField("repairers", "repair.error.not-certified", name,
                        category.name(language));
            }
        }
        String stampCode = ask.stampCode() == null ? null : stampInForce(ask.stampCode(), category.code());
        String consumer = currentUser();
        Instant now = clock.instant();
        UUID requestId = repairs.insertRequest(consumer, language, ask, stampCode, now);
        for (UUID repairer : ask.repairers()) {
            repairs.insertOffer(requestId, repairer);
            notifications.notifyOrganisation(repairer, "notice.repair-asked",
                    List.of((ReadsInLanguage) category::name, ask.brand(), ask.model()), RepairLinks.answer(repairer, requestId));
        }
        return requestId;
    }

    /**
     * The code, as stored, of the stamp the consumer says the device carries: it must be in force, on a device of
     * the kind asked about, and theirs as the item's buyer on record, since the repair will go into its public
     * history (a code is printed on every label, so knowing it proves nothing).
     */
    private String stampInForce(String typed, String category) {
        StampCode code = StampCode.parse(typed)
                .orElseThrow(() -> RefusedException.onField("stampCode", "repair.error.stamp-code"));
        Stamp stamp = stamps.stamp(code).filter(found -> stamps.inForce(code))
                .orElseThrow(() -> RefusedException.onField("stampCode", "repair.error.stamp-not-in-force", code.display()));
        if (!owners.signedInUserOwns(code)) {
            throw RefusedException.onField("stampCode", "repair.error.stamp-not-yours", code.display());
        }
        if (!stamp.report().item().category().equals(category)) {
            throw RefusedException.onField("stampCode", "repair.error.stamp-other-kind", code.display());
        }
        return code.value();
    }

    /** A photo of the fault, while the request waits for forms: JPEG or PNG by its content, up to 10 MB. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public UUID attachPhoto(UUID requestId, byte[] content) {
        RepairRequest request = lockOwn(requestId);
        if (request.status() != RepairStatus.ASKED) {
            throw RefusedException.onField("photos", "repair.error.photos-closed");
        }
        if (request.photoIds().size() >= MAX_PHOTOS) {
            throw RefusedException.onField("photos", "repair.error.too-many-photos", MAX_PHOTOS);
        }
        String contentType = Photo.contentTypeOf(content, MAX_PHOTO_BYTES, "photos", "repair.error");
        return repairs.insertPhoto(requestId, contentType, content, clock.instant());
    }

    /** The signed-in consumer's requests, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RepairRequest> myRequests() {
        return repairs.requestsOf(currentUser());
    }

    /** One of the signed-in consumer's requests, with every repairer's answer so far. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<RequestWithOffers> myRequest(UUID requestId) {
        String consumer = currentUser();
        return repairs.request(requestId).filter(request -> request.consumerEmail().equals(consumer))
                .map(request -> new RequestWithOffers(request, repairs.offersOf(requestId)));
    }

    /**
     * Accepts a form while it binds and books the hand-over: a time (in the repairer's time zone, the form's) in
     * the future when the repairer's site is open. The repairer is told, and so, politely, are the others that
     * answered with a form.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void accept(UUID requestId, UUID organisationId, @NotNull LocalDateTime handOverAt) {
        RepairRequest request = lockOwn(requestId);
        if (request.status() != RepairStatus.ASKED) {
            throw RefusedException.because("repair.error.already-accepted");
        }
        RepairOffer offer = repairs.offer(requestId, organisationId).filter(found -> found.status() == OfferStatus.OFFERED)
                .orElseThrow(() -> new UnknownRecordException("No form of this repairer on request " + requestId));
        IssuedForm form = offer.form();
        ZoneId zone = form.timeZone();
        Instant now = clock.instant();
        if (!form.bindsAt(now)) {
            throw RefusedException.because("repair.error.form-expired",
                    LocalizedFormats.date(form.validUntil(), request.consumerLocale()));
        }
        Instant handOver = handOverAt.atZone(zone).toInstant();
        if (!handOver.isAfter(now)) {
            throw RefusedException.onField("handOverAt", "repair.error.hand-over-past");
        }
        Site site = organisations.profile(organisationId).flatMap(profile -> profile.sites().stream()
                .filter(candidate -> candidate.id().equals(form.siteId())).findFirst())
                .orElseThrow(() -> RefusedException.because("repair.error.site-gone"));
        if (!site.details().hours().isOpenAt(handOver, zone)) {
            throw RefusedException.onField("handOverAt", "repair.error.closed-then", site.details().name());
        }
        repairs.accept(requestId, offer.id(), handOver, now);
        notifications.notifyOrganisation(organisationId, "notice.repair-accepted",
                List.of(request.brand(), request.model(), handOver.atZone(zone)), RepairLinks.answer(organisationId, requestId));
        repairs.offersOf(requestId).stream().filter(other -> other.status() == OfferStatus.NOT_CHOSEN)
                .forEach(other -> notifications.notifyOrganisation(other.organisationId(), "notice.repair-not-chosen",
                        List.of(request.brand(), request.model()), null));
    }

    /** The consumer has the device back: the repair is done. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void collected(UUID requestId) {
        RepairRequest request = lockOwn(requestId);
        if (request.status() != RepairStatus.READY) {
            throw RefusedException.because("repair.error.not-ready");
        }
        repairs.moveTo(requestId, RepairStatus.COLLECTED, clock.instant());
    }

    /** A message to the repairers asked (before a form is accepted) or to the repairer chosen. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void write(UUID requestId,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String text) {
        RepairRequest request = lockOwn(requestId);
        repairs.insertMessage(requestId, false, request.consumerEmail(), text.strip(), clock.instant());
        repairs.offersOf(requestId).stream()
                .filter(offer -> request.acceptedOffer() == null ? offer.status() != OfferStatus.DECLINED
                        : offer.id().equals(request.acceptedOffer()))
                .forEach(offer -> notifications.notifyOrganisation(offer.organisationId(), "notice.repair-message",
                        List.of(request.brand(), request.model()), RepairLinks.answer(offer.organisationId(), requestId)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RepairMessage> messages(UUID requestId) {
        String consumer = currentUser();
        repairs.request(requestId).filter(request -> request.consumerEmail().equals(consumer))
                .orElseThrow(() -> unknown(requestId));
        return repairs.messages(requestId);
    }

    /** A photo of a request, for its consumer and the staff of the repairers asked; empty for anyone else. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Photo> photo(UUID requestId, UUID photoId) {
        String reader = currentUser();
        return repairs.request(requestId)
                .filter(request -> request.consumerEmail().equals(reader) || repairs.offersOf(requestId).stream()
                        .anyMatch(offer -> access.canManage(offer.organisationId())))
                .flatMap(request -> repairs.photo(requestId, photoId));
    }

    private RepairRequest lockOwn(UUID requestId) {
        String consumer = currentUser();
        return repairs.lockRequest(requestId).filter(request -> request.consumerEmail().equals(consumer))
                .orElseThrow(() -> unknown(requestId));
    }

    static UnknownRecordException unknown(UUID requestId) {
        return new UnknownRecordException("No repair request with id " + requestId);
    }

    static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /** A request with every repairer's side of it. */
    public record RequestWithOffers(RepairRequest request, List<RepairOffer> offers) {

        public RequestWithOffers {
            offers = List.copyOf(offers);
        }
    }
}
