package eu.reloop.payment;

/** The payment module's page: its route template for the view, and the link Stripe sends sellers back to. */
public final class PaymentLinks {

    public static final String PAYMENTS = "payments";

    private PaymentLinks() {
    }

    /** Where staff connect their organisations to Stripe, and where Stripe's onboarding returns them. */
    public static String payments() {
        return "/" + PAYMENTS;
    }
}
