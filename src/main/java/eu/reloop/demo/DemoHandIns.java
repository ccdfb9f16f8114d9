package eu.reloop.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.embedded.WhenNoDatabaseConfigured;
import eu.reloop.handin.Booking;
import eu.reloop.handin.CertificateCode;
import eu.reloop.handin.DeviceBrought;
import eu.reloop.handin.HandIn;
import eu.reloop.handin.HandInDesk;
import eu.reloop.handin.HandInOutcomes;
import eu.reloop.handin.HandInProperties;
import eu.reloop.handin.HandIns;
import eu.reloop.handin.Recycling;
import eu.reloop.identity.Role;
import eu.reloop.identity.SystemActor;
import eu.reloop.stamp.CategoryProfile;
import eu.reloop.stamp.DataErasure;

/**
 * The demo consumer's hand-ins, each in another state, taken through the services a person and a site's staff use
 * and dated in the past by {@link DemoClock}: at the demo centre one whose first device was erased (Purge, with its
 * certificate) and refurbished into a stamp application and whose second was destroyed and recycled with its fractions,
 * one received and left unerased past {@code reloop.handin.overdue-after} (flagged), and one booked for the centre's
 * next free time; at a collection point in Oslo one erased and handed over to the demo centre, not confirmed within
 * {@code reloop.handin.confirm-within} (flagged, and waiting on the centre's desk). The staff's steps run as the demo
 * data's admin, who may act for any organisation.
 */
@Component
@WhenNoDatabaseConfigured
class DemoHandIns {

    static final String OWNER = DemoListings.BUYER;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final long SEED = 17;
    /** How far ahead a free slot is looked for: a week has open days at every demo site. */
    private static final int DAYS_LOOKED_AT = 7;

    private final HandIns handIns;
    private final HandInDesk desk;
    private final HandInOutcomes outcomes;
    private final HandInProperties properties;
    private final Organisations organisations;
    private final Certificates certificates;
    private final DemoClock clock;
    private final Random random = new Random(SEED);

    DemoHandIns(HandIns handIns, HandInDesk desk, HandInOutcomes outcomes, HandInProperties properties,
            Organisations organisations, Certificates certificates, DemoClock clock) {
        this.handIns = handIns;
        this.desk = desk;
        this.outcomes = outcomes;
        this.properties = properties;
        this.organisations = organisations;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * Oldest first, so that the custody log's entries are in the order of their times.
     *
     * @param collectionPoints collection points in Oslo, of which the first that erases a kind of device the centre
     *        is certified for hands one over to it
     * @return the certificate of the refurbished device's erasure, for anyone to check
     */
    CertificateCode load(UUID centre, List<UUID> collectionPoints) {
        Instant now = clock.instant();
        Instant overdue = now.minus(properties.overdueAfter());
        List<String> erasedAtCentre = erasedAt(site(centre));
        String refurbished = erasedAtCentre.getFirst();
        String recycled = erasedAtCentre.getLast();

        HandIn done = book(centre, overdue.minus(Duration.ofDays(20)), refurbished, recycled);
        receive(centre, done);
        CertificateCode certificate = erase(centre, done, 0, DataErasure.Method.PURGE, Duration.ofMinutes(40));
        step(done, Duration.ofHours(2), () -> outcomes.refurbish(centre, done.id(), device(done, 0)));
        erase(centre, done, 1, DataErasure.Method.DESTROY, Duration.ofHours(3));
        step(done, Duration.ofHours(4), () -> {
            outcomes.recycle(centre, done.id(), device(done, 1), new Recycling("Norsirk", 1850, 820, 610, 240, 130));
            return null;
        });

        HandIn waiting = book(centre, overdue.minus(Duration.ofDays(9)), refurbished);
        receive(centre, waiting);

        handOverFromACollectionPoint(centre, collectionPoints,
                now.minus(properties.confirmWithin()).minus(Duration.ofDays(10)));

        book(centre, now, refurbished);
        return certificate;
    }

    private void handOverFromACollectionPoint(UUID centre, List<UUID> collectionPoints, Instant from) {
        for (UUID point : collectionPoints) {
            Optional<String> category = erasedAt(site(point)).stream()
                    .filter(erased -> certificates.isCertifiedFor(centre, CertificateKind.REUSE_CENTRE, erased)).findFirst();
            if (category.isPresent()) {
                HandIn handedOver = book(point, from, category.get());
                receive(point, handedOver);
                erase(point, handedOver, 0, DataErasure.Method.CLEAR, Duration.ofMinutes(30));
                step(handedOver, Duration.ofDays(1), () -> {
                    outcomes.handOver(point, handedOver.id(), device(handedOver, 0), centre);
                    return null;
                });
                return;
            }
        }
    }

    /** Books the organisation's first site's first free slot after {@code on}, as the owner did on that day. */
    private HandIn book(UUID organisation, Instant on, String... categories) {
        UUID siteId = site(organisation).id();
        List<DeviceBrought> devices = List.of(categories).stream().map(this::device).toList();
        return clock.at(on, () -> {
            LocalDate day = handIns.firstDayWithFreeSlots(siteId, LocalDate.ofInstant(on, OSLO).plusDays(1), DAYS_LOOKED_AT)
                    .orElseThrow();
            ZonedDateTime slot = handIns.freeSlots(siteId, day).getFirst();
            HandIn[] booked = new HandIn[1];
            SystemActor.runAs(OWNER, EnumSet.of(Role.CONSUMER), () -> booked[0] = handIns.book(
                    new Booking(siteId, slot.toInstant(), devices), Locale.ENGLISH));
            return booked[0];
        });
    }

    private void receive(UUID organisation, HandIn handIn) {
        step(handIn, Duration.ofMinutes(5), () -> desk.receive(organisation, handIn.code().value()));
    }

    /** Records the erasure (or destruction) of the received hand-in's device at that index. */
    private CertificateCode erase(UUID organisation, HandIn handIn, int index, DataErasure.Method method, Duration after) {
        Instant when = handIn.slotStart().plus(after);
        DataErasure erasure = new DataErasure("Flash memory", "Samsung", "KLMAG1JETD", "EM-" + random.nextInt(100_000),
                method, method == DataErasure.Method.DESTROY ? "Shredding" : "Cryptographic erase",
                "Blancco Drive Eraser", "7.9", DataErasure.Verification.FULL, "Demo Tekniker",
                LocalDate.ofInstant(when, OSLO));
        return clock.at(when, () -> desk.recordErasure(organisation, handIn.id(), device(handIn, index), erasure));
    }

    /** A step of the site's, some time after the hand-in's slot. */
    private <T> T step(HandIn handIn, Duration after, Supplier<T> work) {
        return clock.at(handIn.slotStart().plus(after), work);
    }

    private DeviceBrought device(String category) {
        DemoStamps.Model model = DemoStamps.model(category, random);
        return new DeviceBrought(category, model.brand(), model.name(), "SN" + (100_000_000L + random.nextInt(900_000_000)),
                CategoryProfile.of(category).dataBearing());
    }

    private static UUID device(HandIn handIn, int index) {
        return handIn.devices().get(index).id();
    }

    private Site site(UUID organisation) {
        return organisations.profile(organisation).orElseThrow().sites().getFirst();
    }

    /** The kinds of device the site erases data of, in a fixed order. */
    private static List<String> erasedAt(Site site) {
        return site.details().offerings().stream().filter(offering -> offering.service() == OfferedService.DATA_ERASURE)
                .map(Offering::categoryCode).filter(category -> CategoryProfile.of(category).dataBearing())
                .sorted().toList();
    }
}
