package eu.reloop.market;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.UserAccounts;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.Photo;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.Stamps;

/**
 * Claims under the stamp's warranty: the buyer files one while the warranty is in force (one open at a
 * time) with a description and photos; the seller answers within the answer time with a repair, a
 * replacement, a refund or a reasoned rejection, and may still answer once that time has passed, when
 * the claim shows as overdue. Filing and answer both go into the stamp log, which holds the claim's id
 * and outcome but not what the buyer wrote. A refund is paid back like a return and ends the warranty.
 */
@Service
@Validated
public class WarrantyClaims {

    public static final int MAX_PHOTO_BYTES = Listings.MAX_PHOTO_BYTES;
    static final int MAX_PHOTOS = 10;
    private static final int SHOWN_CLAIMS = 200;

    private final ClaimRepository claims;
    private final WarrantyRepository warrantyRecords;
    private final Warranties warranties;
    private final OrderRepository orders;
    private final Returns returns;
    private final Stamps stamps;
    private final OrganisationAccess access;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final MarketProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WarrantyClaims(ClaimRepository claims, WarrantyRepository warrantyRecords, Warranties warranties,
            OrderRepository orders, Returns returns, Stamps stamps, OrganisationAccess access, UserAccounts accounts,
            Notifications notifications, MarketProperties properties, TransactionTemplate transactions, Clock clock) {
        this.claims = claims;
        this.warrantyRecords = warrantyRecords;
        this.warranties = warranties;
        this.orders = orders;
        this.returns = returns;
        this.stamps = stamps;
        this.access = access;
        this.accounts = accounts;
        this.notifications = notifications;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The signed-in buyer claims under their warranty. It must be in force today in the seller's country,
     * the zone its first and last day were set in when the item was sold. The description is a reason
     * like a return's (a refund copies it into one), and bounded as one.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public UUID fileClaim(UUID warrantyId,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String description) {
        String buyer = Buyer.current();
        Warranty warranty = warrantyRecords.find(warrantyId).filter(found -> found.buyerEmail().equals(buyer))
                .orElseThrow(() -> new UnknownRecordException("No warranty with id " + warrantyId));
        Instant now = clock.instant();
        if (warranty.endedAt() != null) {
            throw RefusedException.because("claim.error.warranty-ended");
        }
        if (!warranties.inForceNow(warranty)) {
            throw RefusedException.because("claim.error.warranty-not-in-force");
        }
        String what = description.strip();
        if (claims.openOfWarranty(warrantyId)) {
            throw RefusedException.because("claim.error.already-open");
        }
        Instant due = now.atZone(ZoneOffset.UTC).plus(properties.claimAnswerTime()).toInstant();
        UUID claimId;
        try {
            claimId = claims.insert(warranty, what, now, due);
        } catch (DuplicateKeyException alreadyOpen) {
            throw RefusedException.because("claim.error.already-open");
        }
        stamps.recordMarketEvent(new StampCode(warranty.stampCode()), StampEvent.WARRANTY_CLAIM,
                Map.of("claim", claimId.toString(), "step", "filed"));
        LocalDate dueDay = LocalDate.ofInstant(due, warranty.timeZone());
        notifications.notifyOrganisation(warranty.sellerOrganisationId(), "notice.claim-filed",
                List.of(warranty.orderNumber(), warranty.title(), dueDay), MarketLinks.afterSale());
        notifications.notifyPerson(buyer, "mail.claim-filed", List.of(warranty.orderNumber(), warranty.title(), dueDay),
                MarketLinks.claim(warranty.id()));
        return claimId;
    }

    /** A photo of the fault, on the buyer's open claim: JPEG or PNG by its content, up to 10 MB. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public UUID attachPhoto(UUID claimId, byte[] content) {
        String buyer = Buyer.current();
        WarrantyClaim claim = claims.lock(claimId, clock.instant()).filter(found -> found.buyerEmail().equals(buyer))
                .orElseThrow(() -> new UnknownRecordException("No claim with id " + claimId));
        if (claim.status() != ClaimStatus.OPEN) {
            throw RefusedException.onField("photos", "claim.error.answered");
        }
        if (claim.photoIds().size() >= MAX_PHOTOS) {
            throw RefusedException.onField("photos", "claim.error.too-many-photos");
        }
        String contentType = Photo.contentTypeOf(content, MAX_PHOTO_BYTES, "photos", "claim.error");
        return claims.insertPhoto(claimId, contentType, content, clock.instant());
    }

    /**
     * The seller's answer, once. Every outcome needs an answer the buyer can act on (when and where to
     * bring the item, what replaces it, or why the claim is rejected); a refund pays the order back, through
     * Stripe (asked once the answer is committed) when it was paid online.
     */
    @PreAuthorize(Listings.STAFF)
    public void answerClaim(UUID organisationId, UUID claimId, @NotNull ClaimOutcome outcome,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String answer) {
        Optional<UUID> refundOnline = transactions.execute(status -> recordAnswer(organisationId, claimId, outcome, answer));
        refundOnline.ifPresent(returns::startRefund);
    }

    /** Records the answer; the return whose refund Stripe is to start, if the claim is refunded online. */
    private Optional<UUID> recordAnswer(UUID organisationId, UUID claimId, ClaimOutcome outcome, String answer) {
        accounts.requireConfirmedEmail();
        Instant now = clock.instant();
        WarrantyClaim claim = claims.lock(claimId, now).filter(found -> found.sellerOrganisationId().equals(organisationId))
                .orElseThrow(() -> new UnknownRecordException("No claim with id " + claimId));
        if (claim.status() != ClaimStatus.OPEN) {
            throw RefusedException.because("claim.error.answered");
        }
        String text = answer.strip();
        claims.answer(claimId, outcome, text, now);
        stamps.recordMarketEvent(new StampCode(claim.stampCode()), StampEvent.WARRANTY_CLAIM,
                Map.of("claim", claimId.toString(), "step", "answered", "outcome", outcome.name()));
        // Refused here (an open return, an order not paid), the whole answer is undone with it.
        Optional<UUID> refundOnline = outcome == ClaimOutcome.REFUND
                ? returns.refundClaim(orders.lock(claim.orderId()).orElseThrow(), claimId, claim.description(), text, now)
                : Optional.empty();
        notifications.notifyPerson(claim.buyerEmail(), "mail.claim-answered." + outcome.name(),
                List.of(claim.orderNumber(), claim.title(), text), MarketLinks.claim(claim.warrantyId()));
        notifications.notifyOrganisation(organisationId, "notice.claim-answered",
                List.of(claim.orderNumber(), claim.title()), MarketLinks.afterSale());
        return refundOnline;
    }

    /** The centre's claims: open ones first, the earliest deadline first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Listings.STAFF)
    public List<WarrantyClaim> claimsOf(UUID organisationId) {
        return claims.ofSeller(organisationId, clock.instant(), SHOWN_CLAIMS);
    }

    /** The signed-in buyer's claims, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WarrantyClaim> myClaims() {
        return claims.ofBuyer(Buyer.current(), clock.instant());
    }

    /** A photo of a claim, for its buyer and the seller's staff; empty for anyone else. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Photo> photo(UUID claimId, UUID photoId) {
        String reader = Buyer.current();
        return claims.find(claimId, clock.instant())
                .filter(claim -> claim.buyerEmail().equals(reader) || access.canManage(claim.sellerOrganisationId()))
                .flatMap(claim -> claims.photo(claimId, photoId));
    }

}
