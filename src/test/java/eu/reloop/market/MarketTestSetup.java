package eu.reloop.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;


import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.certification.Scope;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.Role;
import eu.reloop.payment.FakeStripe;
import eu.reloop.payment.Payments;
import eu.reloop.stamp.Grade;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampTestSetup;

/** Certified reuse centres with stamped phones listed for sale, for the market and search tests. */
@Component
public class MarketTestSetup {

    private final CertificationTestSetup certification;
    private final StampTestSetup stamps;
    private final Certificates certificates;
    private final Organisations organisations;
    private final Listings listings;
    private final Payments payments;
    private final Environment environment;
    private final Checkout checkout;
    private final SellerOrders sellerOrders;
    private String certifier;

    MarketTestSetup(CertificationTestSetup certification, StampTestSetup stamps, Certificates certificates,
            Organisations organisations, Listings listings, Payments payments, Environment environment,
            Checkout checkout, SellerOrders sellerOrders) {
        this.certification = certification;
        this.stamps = stamps;
        this.certificates = certificates;
        this.organisations = organisations;
        this.listings = listings;
        this.payments = payments;
        this.environment = environment;
        this.checkout = checkout;
        this.sellerOrders = sellerOrders;
    }

    /** A centre at the location with one site and a reuse-centre certificate for phones, in force. */
    public Centre certifiedCentre(String name, GeoPoint location) {
        return certifiedCentre(name, location, Set.of("phones"));
    }

    /** A centre at the location with one site and a reuse-centre certificate for these categories, in force. */
    public Centre certifiedCentre(String name, GeoPoint location, Set<String> categories) {
        return certifiedCentre(name, location, categories, "NO");
    }

    /** A centre with one site in the country and a reuse-centre certificate for these categories, in force. */
    public Centre certifiedCentre(String name, GeoPoint location, Set<String> categories, String country) {
        UUID organisation = certification.organisationWithStaff(name, location, country).organisationId();
        // Its own member of staff with the reuse-centre role, which the centre's pages ask for.
        Staffed staffed = new Staffed(organisation, certification.account("centre", Role.REUSE_CENTRE));
        certification.addStaff(staffed.email(), organisation);
        LocalDate from = LocalDate.now().minusMonths(6);
        String number = TestSecurity.asAdmin(() -> certificates.importCertificate(staffed.organisationId(),
                CertificateKind.REUSE_CENTRE, new Scope(categories, Set.of(OfferedService.SELLS_REFURBISHED)),
                from, from.plusYears(3), "Test Certifier")).number();
        UUID siteId = organisations.profile(staffed.organisationId()).orElseThrow().sites().getFirst().id();
        return new Centre(staffed, siteId, number);
    }

    /** A freshly stamped phone of the centre's. */
    public Stamp stampedPhone(Centre centre) {
        return stamps.stampedPhone(centre.staffed(), certifier());
    }

    /** A freshly stamped phone, listed for pickup (and shipping when a price is given: connect the centre to Stripe first). */
    public Listing listedPhone(Centre centre, String title, String price, String currency, BigDecimal shippingPrice) {
        return listed(centre, stampedPhone(centre), title, price, currency, shippingPrice);
    }

    /** A freshly stamped phone or tablet with these facts, listed for pickup. */
    public Listing listedHandheld(Centre centre, String category, String brand, String model, Grade grade,
            int batteryHealthPercent, String title, String price, String currency) {
        return listed(centre, stamps.stampedHandheld(centre.staffed(), certifier(), category, brand, model, grade,
                batteryHealthPercent), title, price, currency, null);
    }

    /** A freshly stamped washing machine of the centre's (certified for washing machines), listed for pickup. */
    public Listing listedWashingMachine(Centre centre, String title, String price, String currency) {
        return listed(centre, stamps.stampedWashingMachine(centre.staffed(), certifier()), title, price, currency, null);
    }

    /** The stamped item listed for pickup (and shipping when a price is given). */
    public Listing listed(Centre centre, Stamp stamp, String title, String price, String currency,
            BigDecimal shippingPrice) {
        ListingDraft draft = new ListingDraft(stamp.code().value(), centre.siteId(), title,
                "Refurbished and tested.", new BigDecimal(price), currency, true, shippingPrice);
        UUID id = asStaff(centre, () -> listings.list(centre.organisationId(), draft));
        return asStaff(centre, () -> listings.listing(id).orElseThrow());
    }

    public Listing listedPhone(Centre centre, String title, String price, String currency) {
        return listedPhone(centre, title, price, currency, null);
    }

    /** Sells the listing to the buyer, paid and handed over at pickup; the order's number. */
    public String soldAtPickup(Centre centre, String buyer, Listing listing) {
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        asBuyer(buyer, () -> {
            checkout.payAtPickup(orderId);
            return null;
        });
        asStaff(centre, () -> {
            sellerOrders.confirmHandOver(centre.organisationId(), orderId);
            return null;
        });
        return asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow().number();
    }

    /** Connects the centre to (fake) Stripe with charges enabled, so that buyers can pay it online; returns its account id. */
    public String connectToStripe(Centre centre) {
        return FakeStripe.connectSeller(payments, centre.organisationId(),
                environment.getRequiredProperty("local.server.port", Integer.class));
    }

    public static <T> T asStaff(Centre centre, Supplier<T> work) {
        return TestSecurity.as(centre.staffed().email(), work, Role.REUSE_CENTRE.authority());
    }

    public static <T> T asBuyer(String email, Supplier<T> work) {
        return TestSecurity.as(email, work, Role.CONSUMER.authority());
    }

    /** A consumer account, returning its e-mail (the name tests act under). */
    public String consumer() {
        return certification.account("buyer", Role.CONSUMER);
    }

    private synchronized String certifier() {
        if (certifier == null) {
            certifier = certification.account("market-certifier", Role.CERTIFIER);
        }
        return certifier;
    }

    public record Centre(Staffed staffed, UUID siteId, String certificateNumber) {

        public UUID organisationId() {
            return staffed.organisationId();
        }
    }
}
