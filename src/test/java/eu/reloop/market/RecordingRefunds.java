package eu.reloop.market;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** Stripe's side of refunds in the tests: remembers what it was asked to refund, and answers with a refund id. */
@Primary
@Component
class RecordingRefunds implements Refunds {

    private final List<Asked> asked = new CopyOnWriteArrayList<>();

    @Override
    public String refund(Order order, String idempotencyKey) {
        asked.add(new Asked(order.id(), order.total().minorUnits(), idempotencyKey));
        return "re_test_" + idempotencyKey;
    }

    List<Asked> askedFor(Order order) {
        return asked.stream().filter(refund -> refund.orderId().equals(order.id())).toList();
    }

    record Asked(UUID orderId, long amountMinor, String idempotencyKey) {
    }
}
