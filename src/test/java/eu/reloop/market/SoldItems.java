package eu.reloop.market;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.reloop.TestSecurity;
import eu.reloop.identity.Role;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.payment.Payments;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.StampVerification;
import eu.reloop.stamp.Stamps;

/** Items a buyer has: sold and handed over, paid at pickup or (as the payment webhook would record it) online. */
@Component
public class SoldItems {

    private final MarketTestSetup setup;
    private final Checkout checkout;
    private final SellerOrders sellerOrders;
    private final OrderRepository orders;
    private final Sales sales;
    private final TransactionTemplate transactions;
    private final Warranties warranties;
    private final Stamps stamps;

    SoldItems(MarketTestSetup setup, Checkout checkout, SellerOrders sellerOrders, OrderRepository orders, Sales sales,
            TransactionTemplate transactions, Warranties warranties, Stamps stamps) {
        this.setup = setup;
        this.checkout = checkout;
        this.sellerOrders = sellerOrders;
        this.orders = orders;
        this.sales = sales;
        this.transactions = transactions;
        this.warranties = warranties;
        this.stamps = stamps;
    }

    /** A phone of the centre's, reserved by the buyer, paid at pickup and handed over: the order is completed. */
    public Order paidAtPickup(Centre centre, String buyer) {
        Listing listing = setup.listedPhone(centre, "Fairphone 4", "1990", "NOK");
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        asBuyer(buyer, () -> {
            checkout.payAtPickup(orderId);
            return null;
        });
        return handOver(centre, buyer, orderId);
    }

    /** A phone of the centre's, paid online with the given Stripe payment and handed over. */
    public Order paidOnline(Centre centre, String buyer, String paymentIntentId) {
        Listing listing = setup.listedPhone(centre, "Fairphone 4", "1990", "NOK");
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        transactions.executeWithoutResult(status -> {
            Instant now = Instant.now();
            Instant expires = now.plus(Payments.CHECKOUT_LIFETIME);
            orders.awaitPayment(orderId, Fulfilment.PICKUP, null, expires, now);
            orders.attachCheckoutSession(orderId, "cs_test_sold_" + orderId, expires, now);
            orders.markPaid(orderId, paymentIntentId, now);
            sales.recordSale(orders.find(orderId).orElseThrow(), now);
        });
        return handOver(centre, buyer, orderId);
    }

    private Order handOver(Centre centre, String buyer, UUID orderId) {
        MarketTestSetup.asStaff(centre, () -> {
            sellerOrders.confirmHandOver(centre.organisationId(), orderId);
            return null;
        });
        return asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow();
    }

    /** The warranty the sale registered to the buyer. */
    public Warranty warrantyOf(String buyer, Order order) {
        return asBuyer(buyer, () -> warranties.myWarranties()).stream().filter(mine -> mine.orderId().equals(order.id()))
                .findFirst().orElseThrow();
    }

    /** The sold item's history in the stamp log. */
    public List<StampEvent> stampEvents(Order order) {
        return stamps.verify(new StampCode(order.stampCode())).orElseThrow().history().stream()
                .map(StampVerification.HistoryEntry::event).toList();
    }

    public static <T> T asBuyer(String buyer, Supplier<T> work) {
        return TestSecurity.as(buyer, work, Role.CONSUMER.authority());
    }
}
