package eu.reloop.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.identity.Role;
import eu.reloop.identity.SystemActor;
import eu.reloop.market.Checkout;
import eu.reloop.market.ClaimOutcome;
import eu.reloop.market.ListingDraft;
import eu.reloop.market.Listings;
import eu.reloop.market.SellerOrders;
import eu.reloop.market.Warranties;
import eu.reloop.market.Warranty;
import eu.reloop.market.WarrantyClaims;
import eu.reloop.payment.Payments;
import eu.reloop.stamp.Grade;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.Stamps;

/**
 * Puts demo stamps up for sale at their centre's first site, priced by category and grade in the
 * country's currency and with a drawn picture of the kind of device, and lets the demo consumer buy a few (paid at pickup and handed over) and reserve a
 * few more, so that the search, the orders and the warranties have something to show at once.
 */
final class DemoListings {

    static final String BUYER = "consumer@reloop.demo";

    /** A fair price for an item in top condition, in NOK; other grades and currencies follow from it. */
    private static final Map<String, Integer> PRICE_NOK = Map.of("phones", 3490, "tablets", 2990, "laptops", 4990,
            "washing-machines", 3990, "fridges-freezers", 3490, "monitors-tvs", 2490, "audio-headphones", 1490,
            "game-consoles", 2990);
    /** Small enough to post; white goods and the like are picked up. */
    private static final List<String> SHIPPED = List.of("phones", "tablets", "laptops", "audio-headphones", "game-consoles");
    private static final Map<String, String> CURRENCY = Map.of("NO", "NOK", "DK", "DKK", "SE", "SEK");
    private static final Map<String, BigDecimal> FROM_NOK = Map.of("NOK", BigDecimal.ONE,
            "DKK", new BigDecimal("0.64"), "SEK", new BigDecimal("0.98"));

    private DemoListings() {
    }

    /** Lists each stamp with its category's picture; returns the listing ids in the order of the codes. */
    static List<UUID> list(List<StampCode> codes, Stamps stamps, Organisations organisations, Listings listings,
            Payments payments, DemoPhotos photos) {
        return codes.stream().map(code -> {
            Stamp stamp = stamps.stamp(code).orElseThrow();
            // Shipping needs online payment, which a centre has once it connected a Stripe account.
            boolean shipsOnline = payments.canTakeCharges(stamp.organisationId());
            Site site = organisations.profile(stamp.organisationId()).orElseThrow().sites().getFirst();
            String currency = CURRENCY.getOrDefault(site.details().address().country(), "EUR");
            String category = stamp.report().item().category();
            ListingDraft draft = new ListingDraft(code.value(), site.id(),
                    stamp.report().item().brand() + " " + stamp.report().item().model(), description(stamp),
                    price(category, stamp.report().grade(), currency), currency, true,
                    shipsOnline && SHIPPED.contains(category) ? price(99, currency) : null);
            UUID listing = listings.list(stamp.organisationId(), draft);
            listings.attachPhoto(stamp.organisationId(), listing, photos.of(category));
            return listing;
        }).toList();
    }

    /**
     * The demo consumer buys the first listings (paid at pickup and handed over, one after the other, as a buyer
     * holds only a few items at a time) and reserves the next ones to pay at pickup.
     */
    static void buy(List<UUID> sold, List<UUID> reserved, Checkout checkout, SellerOrders sellerOrders) {
        SystemActor.runAs(BUYER, EnumSet.of(Role.CONSUMER), () -> {
            for (UUID listing : sold) {
                UUID orderId = checkout.reserve(listing);
                checkout.payAtPickup(orderId);
                UUID seller = checkout.order(orderId).orElseThrow().sellerOrganisationId();
                SystemActor.runAs("demo-data", EnumSet.of(Role.ADMIN), () -> sellerOrders.confirmHandOver(seller, orderId));
            }
            reserved.forEach(listing -> checkout.payAtPickup(checkout.reserve(listing)));
        });
    }

    /** The demo consumer has claimed under two of the warranties: one claim the centre answered, one still open. */
    static void claim(Warranties warranties, WarrantyClaims claims) {
        List<List<Warranty>> mine = new ArrayList<>();
        SystemActor.runAs(BUYER, EnumSet.of(Role.CONSUMER), () -> mine.add(warranties.myWarranties()));
        if (mine.getFirst().size() < 2) {
            return;
        }
        Warranty answered = mine.getFirst().get(0);
        Warranty open = mine.getFirst().get(1);
        List<UUID> filed = new ArrayList<>();
        SystemActor.runAs(BUYER, EnumSet.of(Role.CONSUMER), () -> {
            filed.add(claims.fileClaim(answered.id(), "The battery runs flat in a few hours, even when it is idle."));
            claims.fileClaim(open.id(), "The display flickers now and then, mostly when it is cold.");
        });
        SystemActor.runAs("demo-data", EnumSet.of(Role.ADMIN), () -> claims.answerClaim(answered.sellerOrganisationId(),
                filed.getFirst(), ClaimOutcome.REPAIR, "Bring it in: we replace the battery free of charge within a week."));
    }

    private static String description(Stamp stamp) {
        return switch (stamp.report().grade()) {
            case PREMIUM -> "No visible marks. Inspected, tested and cleaned by our technicians.";
            case EXCELLENT -> "Barely a mark, invisible from 20 cm. Inspected, tested and cleaned.";
            case GOOD -> "Light signs of use, invisible from 50 cm. Works as new; every test passed.";
            case FAIR -> "Visible marks of use, priced for it. Works as new; every test passed.";
        } + (stamp.report().erasure() != null ? " Data erased to NIST SP 800-88." : "");
    }

    private static BigDecimal price(String category, Grade grade, String currency) {
        int topCondition = PRICE_NOK.getOrDefault(category, 1990);
        double factor = switch (grade) {
            case PREMIUM -> 1.0;
            case EXCELLENT -> 0.9;
            case GOOD -> 0.8;
            case FAIR -> 0.65;
        };
        return price(topCondition * factor, currency);
    }

    /** Converted from NOK and rounded to a price that ends in 9, as shops price. */
    private static BigDecimal price(double nok, String currency) {
        double converted = nok * FROM_NOK.getOrDefault(currency, new BigDecimal("0.087")).doubleValue();
        return BigDecimal.valueOf(Math.max(1, Math.round(converted / 10)) * 10 - 1);
    }
}
