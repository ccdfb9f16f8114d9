package eu.reloop.market;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.market.MarketTestSetup.asBuyer;
import static eu.reloop.market.MarketTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.payment.FakeStripe;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.StampVerification;
import eu.reloop.stamp.Stamps;

@IntegrationTest
class CheckoutTests {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    Checkout checkout;

    @Autowired
    SellerOrders sellerOrders;

    @Autowired
    Warranties warranties;

    @Autowired
    Listings listings;

    @Autowired
    Stamps stamps;

    @Autowired
    HoldSweeper sweeper;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Centre centre;
    Listing listing;
    String buyer;

    @BeforeEach
    void aPhoneForSale() {
        centre = setup.certifiedCentre("Checkout Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        listing = setup.listedPhone(centre, "Fairphone 5", "2490", "NOK");
        buyer = setup.consumer();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A warranty runs in days of the seller's country: sold there just after midnight, it is in force at once. */
    @Test
    void aWarrantySoldJustAfterMidnightInTheSellersCountryIsInForceAtOnce() {
        // 23:30 UTC is past midnight in Norway, summer or winter.
        Instant now = clock.instant();
        Instant halfPastEleven = LocalDate.ofInstant(now, ZoneOffset.UTC).atTime(23, 30).toInstant(ZoneOffset.UTC);
        clock.advance(Duration.between(now, halfPastEleven.isAfter(now) ? halfPastEleven : halfPastEleven.plus(Duration.ofDays(1))));
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        run(buyer, () -> checkout.payAtPickup(orderId));
        asStaff(centre, () -> {
            sellerOrders.confirmHandOver(centre.organisationId(), orderId);
            return null;
        });

        Warranty warranty = asBuyer(buyer, () -> warranties.myWarranties()).stream()
                .filter(mine -> mine.orderId().equals(orderId)).findFirst().orElseThrow();
        assertThat(warranty.startsOn()).isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1));
        assertThat(warranties.inForceNow(warranty)).isTrue();
    }

    @Test
    void reservedToPayAtPickupThenHandedOverTheItemIsSoldLoggedAndUnderWarranty() {
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        assertThat(asBuyer(buyer, () -> checkout.reserve(listing.id()))).as("the same buyer asking again").isEqualTo(orderId);
        run(buyer, () -> checkout.payAtPickup(orderId));

        Order awaiting = asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow();
        assertThat(awaiting.status()).isEqualTo(OrderStatus.AWAITING_PICKUP);
        assertThat(awaiting.paymentMethod()).isEqualTo(PaymentMethod.AT_PICKUP);
        assertThat(awaiting.heldUntil()).isAfter(clock.instant().plus(Duration.ofDays(2)));
        assertThat(asStaff(centre, () -> sellerOrders.ordersOf(centre.organisationId(), 0, 10)))
                .extracting(Order::id).containsExactly(orderId);
        assertThat(stampEvents()).containsExactly(StampEvent.ISSUED);

        asStaff(centre, () -> {
            sellerOrders.confirmHandOver(centre.organisationId(), orderId);
            return null;
        });

        Order completed = asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow();
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.soldAt()).isNotNull();
        assertThat(asStaff(centre, () -> listings.listing(listing.id())).orElseThrow().status()).isEqualTo(ListingStatus.SOLD);
        assertThat(stampEvents()).containsExactly(StampEvent.ISSUED, StampEvent.SOLD);
        List<Warranty> mine = asBuyer(buyer, () -> warranties.myWarranties());
        assertThat(mine).singleElement().satisfies(warranty -> {
            assertThat(warranty.stampCode()).isEqualTo(listing.stampCode());
            assertThat(warranty.endsOn()).isEqualTo(warranty.startsOn().plusMonths(24));
            assertThat(warranties.inForceNow(warranty)).isTrue();
        });
        assertRefused(setup.consumer(), () -> checkout.reserve(listing.id()), "checkout.error.sold");
        // The centre cannot put the sold item up for sale again as a new listing.
        assertThat(asStaff(centre, () -> listings.listableStamps(centre.organisationId())))
                .extracting(stamp -> stamp.code().value()).doesNotContain(listing.stampCode());
        assertThatThrownBy(() -> asStaff(centre, () -> listings.list(centre.organisationId(), new ListingDraft(
                listing.stampCode(), centre.siteId(), "Fairphone 5 again", "", new BigDecimal("100"), "NOK",
                true, null)))).isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("listing.error.sold"));
    }

    @Test
    void ofAHundredBuyersAtOnceExactlyOneGetsTheItem() throws Exception {
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            buyers.add("racer-" + i + "-" + UUID.randomUUID() + "@test.reloop");
        }
        // Reserving asks for a confirmed address; the accounts are written straight, as hashing a hundred
        // passwords would take the test most of its time.
        jdbc.sql("""
                        insert into app_user (email, display_name, password_hash, created_at, email_confirmed_at)
                        select email, 'Racer', '{noop}unused', now(), now() from unnest(:emails) as email""")
                .param("emails", buyers.toArray(String[]::new)).update();
        AtomicInteger refusedAsReserved = new AtomicInteger();
        List<Callable<UUID>> attempts = buyers.stream().<Callable<UUID>>map(racer -> () -> {
            try {
                return asBuyer(racer, () -> checkout.reserve(listing.id()));
            } catch (RefusedException refused) {
                if (refused.messageKey().equals("checkout.error.reserved")) {
                    refusedAsReserved.incrementAndGet();
                }
                return null;
            }
        }).toList();
        List<UUID> won = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (Future<UUID> attempt : pool.invokeAll(attempts)) {
                if (attempt.get() != null) {
                    won.add(attempt.get());
                }
            }
        }
        assertThat(won).hasSize(1);
        assertThat(refusedAsReserved).hasValue(99);
        assertThat(jdbc.sql("select count(*) from market_order where listing_id = :listing")
                .param("listing", listing.id()).query(Integer.class).single()).isEqualTo(1);
    }

    /** Against hoarding: however fast a buyer clicks, they hold three items at most (in checkout or for pickup). */
    @Test
    void aBuyerHoldsAtMostThreeItemsEvenReservingFiveAtOnce() throws Exception {
        List<Listing> phones = new ArrayList<>(List.of(listing));
        for (int i = 0; i < 4; i++) {
            phones.add(setup.listedPhone(centre, "Fairphone 4 no. " + i, "1990", "NOK"));
        }
        List<Callable<String>> attempts = phones.stream().<Callable<String>>map(phone -> () -> {
            try {
                asBuyer(buyer, () -> checkout.reserve(phone.id()));
                return "reserved";
            } catch (RefusedException refused) {
                return refused.messageKey();
            }
        }).toList();
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(phones.size())) {
            for (Future<String> attempt : pool.invokeAll(attempts)) {
                outcomes.add(attempt.get());
            }
        }
        assertThat(outcomes).containsOnly("reserved", "checkout.error.hold-limit")
                .filteredOn("reserved"::equals).hasSize(3);
        List<Order> held = asBuyer(buyer, () -> checkout.myOrders());
        assertThat(held).hasSize(3);

        // A reservation to pay at pickup is a hold too; letting one go makes room for another.
        run(buyer, () -> checkout.payAtPickup(held.getFirst().id()));
        Listing free = phones.stream().filter(phone -> held.stream().noneMatch(order -> order.listingId().equals(phone.id())))
                .findFirst().orElseThrow();
        assertRefused(buyer, () -> checkout.reserve(free.id()), "checkout.error.hold-limit");
        run(buyer, () -> checkout.cancel(held.getFirst().id()));
        assertThat(asBuyer(buyer, () -> checkout.reserve(free.id()))).isNotNull();
    }

    /** A buyer who lets pickups lapse repeatedly may still buy, paying online, but no longer hold items for days. */
    @Test
    void afterTwoPickupsLapsedWithinNinetyDaysTheBuyerPaysOnlineOnly() {
        setup.connectToStripe(centre);
        for (int i = 0; i < 2; i++) {
            Listing phone = setup.listedPhone(centre, "Fairphone 3 no. " + i, "990", "NOK");
            UUID uncollected = asBuyer(buyer, () -> checkout.reserve(phone.id()));
            run(buyer, () -> checkout.payAtPickup(uncollected));
        }
        clock.advance(Duration.ofDays(4));
        sweeper.releaseLapsedHolds();
        assertThat(asBuyer(buyer, () -> checkout.myOrders())).extracting(Order::status)
                .containsExactly(OrderStatus.EXPIRED, OrderStatus.EXPIRED);

        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        assertRefused(buyer, () -> {
            checkout.payAtPickup(orderId);
            return null;
        }, "checkout.error.pickup-limit");
        assertThat(asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow().status()).isEqualTo(OrderStatus.RESERVED);
        FakeStripe.stubCheckoutSession(orderId);
        asBuyer(buyer, () -> checkout.payOnline(orderId, Fulfilment.PICKUP, null));
        assertThat(asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);

        // Ninety days after the lapses, the buyer may reserve to pay at pickup again.
        clock.advance(Duration.ofDays(91));
        Listing later = setup.listedPhone(centre, "Fairphone 5 again", "2490", "NOK");
        UUID pickup = asBuyer(buyer, () -> checkout.reserve(later.id()));
        run(buyer, () -> checkout.payAtPickup(pickup));
        assertThat(asBuyer(buyer, () -> checkout.order(pickup)).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PICKUP);
    }

    @Test
    void anAbandonedReservationFreesTheItemForTheNextBuyer() {
        UUID abandoned = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        String next = setup.consumer();
        assertRefused(next, () -> checkout.reserve(listing.id()), "checkout.error.reserved");
        // The product page tells the buyer the hold is theirs, and nobody else.
        assertThat(asBuyer(buyer, () -> checkout.myHoldOn(listing.id()))).map(Order::id).contains(abandoned);
        assertThat(asBuyer(next, () -> checkout.myHoldOn(listing.id()))).isEmpty();

        clock.advance(Duration.ofMinutes(16));
        assertThat(asBuyer(buyer, () -> checkout.myHoldOn(listing.id()))).as("lapsed, before the sweep").isEmpty();
        sweeper.releaseLapsedHolds();

        assertThat(asBuyer(buyer, () -> checkout.order(abandoned)).orElseThrow().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(asStaff(centre, () -> listings.listing(listing.id())).orElseThrow().heldAt(clock.instant())).isFalse();
        assertRefused(buyer, () -> {
            checkout.payAtPickup(abandoned);
            return null;
        }, "checkout.error.reservation-lapsed");
        UUID taken = asBuyer(next, () -> checkout.reserve(listing.id()));
        assertThat(taken).isNotEqualTo(abandoned);
    }

    /** Several instances of ReLoop run the sweep on one database; while one holds its lock, the others skip it. */
    @Test
    void whileAnotherInstanceHoldsTheSweepersLockThisOneLeavesHoldsAlone() {
        UUID abandoned = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        clock.advance(Duration.ofMinutes(16));
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('market.hold-sweeper', now() + interval '5 minutes', now(), 'another-instance')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""")
                .update();
        try {
            sweeper.sweep();
            assertThat(storedStatus(abandoned)).isEqualTo("RESERVED");
        } finally {
            // Released as ShedLock releases it: the row stays, as ShedLock remembers which rows it has made.
            jdbc.sql("update shedlock set lock_until = now() where name = 'market.hold-sweeper'").update();
        }

        sweeper.sweep();
        assertThat(storedStatus(abandoned)).isEqualTo("EXPIRED");
    }

    private String storedStatus(UUID orderId) {
        return jdbc.sql("select status from market_order where id = :id").param("id", orderId).query(String.class).single();
    }

    @Test
    void aLapsedHoldIsLetGoEvenBeforeTheSweepRuns() {
        asBuyer(buyer, () -> checkout.reserve(listing.id()));
        clock.advance(Duration.ofMinutes(16));
        String next = setup.consumer();
        UUID taken = asBuyer(next, () -> checkout.reserve(listing.id()));
        assertThat(asBuyer(next, () -> checkout.order(taken)).orElseThrow().status()).isEqualTo(OrderStatus.RESERVED);
    }

    @Test
    void aPickupNobodyCameForIsCancelledByTheCentreWithAReason() {
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        run(buyer, () -> checkout.payAtPickup(orderId));
        assertRefusedOn("reason", () -> asStaff(centre, () -> {
            sellerOrders.cancelPickup(centre.organisationId(), orderId, " ");
            return null;
        }));
        assertRefusedOn("reason", () -> asStaff(centre, () -> {
            sellerOrders.cancelPickup(centre.organisationId(), orderId, "x".repeat(TextLimits.REASON + 1));
            return null;
        }));
        assertThat(asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PICKUP);

        asStaff(centre, () -> {
            sellerOrders.cancelPickup(centre.organisationId(), orderId, "Not collected");
            return null;
        });
        Order cancelled = asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Not collected");
        assertThat(asBuyer(setup.consumer(), () -> checkout.reserve(listing.id()))).isNotNull();
    }

    @Test
    void nobodyBuysTheirOwnCentresItemOrHandlesAnotherCentresOrders() {
        assertThatThrownBy(() -> asStaff(centre, () -> checkout.reserve(listing.id())))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("checkout.error.own-item"));
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        run(buyer, () -> checkout.payAtPickup(orderId));
        Centre other = setup.certifiedCentre("Other Checkout Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        assertThatThrownBy(() -> asStaff(other, () -> {
            sellerOrders.confirmHandOver(other.organisationId(), orderId);
            return null;
        })).isInstanceOf(UnknownRecordException.class);
        assertThat(asBuyer(setup.consumer(), () -> checkout.order(orderId))).as("another buyer's order").isEmpty();
    }

    @Test
    void aWithdrawnItemCannotBeReserved() {
        asStaff(centre, () -> {
            listings.withdraw(centre.organisationId(), listing.id());
            return null;
        });
        assertRefused(buyer, () -> checkout.reserve(listing.id()), "checkout.error.not-for-sale");
    }

    private List<StampEvent> stampEvents() {
        return stamps.verify(new StampCode(listing.stampCode())).orElseThrow().history().stream()
                .map(StampVerification.HistoryEntry::event).toList();
    }

    private static void run(String email, Runnable work) {
        asBuyer(email, () -> {
            work.run();
            return null;
        });
    }

    private static void assertRefused(String email, Supplier<?> step, String messageKey) {
        assertThatThrownBy(() -> asBuyer(email, step)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
