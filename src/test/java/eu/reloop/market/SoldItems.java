package eu.reloop.market;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.reloop.TestSecurity;
import eu.reloop.identity.Role;
import eu.reloop.market.MarketTestSetup.Centre;

/** Items a buyer has: sold and handed over, paid at pickup or (as the payment webhook would record it) online. */
@Component
public class SoldItems {

    private final MarketTestSetup setup;
    private final Checkout checkout;
    private final SellerOrders sellerOrders;
    private final OrderRepository orders;
    private final Sales sales;
    private final TransactionTemplate transactions;

    SoldItems(MarketTestSetup setup, Checkout checkout, SellerOrders sellerOrders, OrderRepository orders, Sales sales,
            TransactionTemplate transactions) {
        this.setup = setup;
        this.checkout = checkout;
        this.sellerOrders = sellerOrders;
        this.orders = orders;
        this.sales = sales;
        this.transactions = transactions;
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
            orders.awaitPayment(orderId, Fulfilment.PICKUP, null, now);
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

    private static <T> T asBuyer(String buyer, Supplier<T> work) {
        return TestSecurity.as(buyer, work, Role.CONSUMER.authority());
    }
}
