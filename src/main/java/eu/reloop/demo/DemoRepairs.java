package eu.reloop.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.embedded.WhenNoDatabaseConfigured;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.Role;
import eu.reloop.identity.SystemActor;
import eu.reloop.market.Warranties;
import eu.reloop.market.Warranty;
import eu.reloop.repair.PartsUsed;
import eu.reloop.repair.RepairAsk;
import eu.reloop.repair.RepairBarrier;
import eu.reloop.repair.RepairForm;
import eu.reloop.repair.RepairInbox;
import eu.reloop.repair.RepairOutcome;
import eu.reloop.repair.RepairReport;
import eu.reloop.repair.RepairRequests;
import eu.reloop.repair.RepairStatus;
import eu.reloop.shared.Translations;
import eu.reloop.stamp.ItemIdentity;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.Stamps;

/**
 * The demo consumer's repair requests in Oslo, one in each state a request goes through (asked and declined by one;
 * answered with a form by one; booked; fixed and ready; collected at the end of its life), to two certified repairers
 * there, the first of which the demo repairer works for too, whose answer waits where it has none; and the repair
 * of a stamped device they bought, fixed under its warranty. So the inbox, the compare page, the open repair data and a stamp's history
 * have something to show at once.
 */
@Component
@WhenNoDatabaseConfigured
class DemoRepairs {

    static final String CONSUMER = DemoListings.BUYER;
    private static final GeoPoint OSLO_CENTRE = new GeoPoint(59.9133, 10.7389);
    private static final String REPAIRER_ACTOR = "demo-data";

    private static final Logger log = LoggerFactory.getLogger(DemoRepairs.class);

    private final RepairRequests requests;
    private final RepairInbox inbox;
    private final Organisations organisations;
    private final Certificates certificates;
    private final Warranties warranties;
    private final Stamps stamps;
    private final Clock clock;

    DemoRepairs(RepairRequests requests, RepairInbox inbox, Organisations organisations, Certificates certificates,
            Warranties warranties, Stamps stamps, Clock clock) {
        this.requests = requests;
        this.inbox = inbox;
        this.organisations = organisations;
        this.certificates = certificates;
        this.warranties = warranties;
        this.stamps = stamps;
        this.clock = clock;
    }

    /** Two repairers in Oslo certified for one kind of device, which the demo consumer asks about it. */
    record Workshops(String category, UUID first, UUID second) {
    }

    /**
     * The repairers asked in Oslo, from those certified there: two certified for the same kind of device, phones if
     * they can be; none when no kind has two.
     */
    Optional<Workshops> workshops(List<UUID> certifiedInOslo) {
        Map<String, List<UUID>> byCategory = certifiedInOslo.stream()
                .flatMap(repairer -> repairCategories(repairer).stream().map(category -> Map.entry(category, repairer)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toList())));
        return byCategory.entrySet().stream().filter(entry -> entry.getValue().size() >= 2)
                .min(Comparator.<Map.Entry<String, List<UUID>>, Boolean>comparing(entry -> !entry.getKey().equals("phones"))
                        .thenComparing(Map.Entry::getKey))
                .map(entry -> new Workshops(entry.getKey(), entry.getValue().get(0), entry.getValue().get(1)));
    }

    /** Loads the requests to the Oslo workshops and the repair of a stamped device bought on ReLoop. */
    void load(Workshops workshops, List<UUID> certifiedRepairers) {
        String category = workshops.category();
        UUID first = workshops.first();
        UUID second = workshops.second();

        UUID declined = ask(category, 0, "It stopped working after a power cut and shows no sign of life.", first,
                second);
        asRepairer(() -> inbox.decline(second, declined, "We have no spare parts for this model, sorry."));

        UUID compared = ask(category, 1, "It makes a loud grinding noise and stops after a few minutes.", first, second);
        answer(second, compared, "Worn motor bearing.", "Replace the motor bearing and its seal.", "1890", 4);

        UUID booked = ask(category, 2, "It turns on, but the display stays dark.", first, second);
        answer(first, booked, "Faulty display connector.", "Reseat or replace the display connector.", "950", 3);
        answer(second, booked, "Display fault.", "Replace the display unit.", "2400", 6);
        accept(booked, first);
        asConsumer(() -> requests.write(booked, "Could you also look at the power cable? It is worn near the plug."));
        asRepairer(() -> inbox.write(first, booked, "Yes, we will check it while we have the device in."));

        UUID ready = ask(category, 3, "It works only now and then; tapping it sometimes helps.", first);
        answer(first, ready, "Loose contact on the main board.", "Resolder the main board's power connector.", "1250", 3);
        accept(ready, first);
        record(first, ready, new RepairReport(RepairOutcome.FIXED, null, PartsUsed.ORIGINAL, 6));
        asRepairer(() -> inbox.moveTo(first, ready, RepairStatus.READY));

        UUID ended = ask(category, 4, "It will not start; it smelled burnt before it stopped.", second);
        answer(second, ended, "Burnt-out control board; the maker no longer supplies it.",
                "Replace the control board, if one can be found.", "2900", 10);
        accept(ended, second);
        record(second, ended, new RepairReport(RepairOutcome.END_OF_LIFE, RepairBarrier.SPARE_PARTS_NOT_AVAILABLE,
                PartsUsed.NONE, 3));
        asRepairer(() -> inbox.moveTo(second, ended, RepairStatus.READY));
        asConsumer(() -> requests.collected(ended));

        repairStampedDevice(certifiedRepairers);
    }

    /**
     * The last device the demo consumer bought that is under warranty and that a certified repairer repairs: asked
     * about with its stamp, fixed, and collected, so its stamp's history shows the repair.
     */
    private void repairStampedDevice(List<UUID> certifiedRepairers) {
        List<Warranty> mine = new ArrayList<>();
        asConsumer(() -> mine.addAll(warranties.myWarranties().stream().filter(warranties::inForceNow).toList()));
        for (Warranty warranty : mine.reversed()) {
            StampCode code = new StampCode(warranty.stampCode());
            ItemIdentity item = stamps.stamp(code).orElseThrow().report().item();
            Optional<UUID> repairer = certifiedRepairers.stream()
                    .filter(candidate -> certifiedFor(candidate, item.category())).findFirst();
            if (repairer.isPresent()) {
                UUID requestId = ask(new RepairAsk(item.category(), item.brand(), item.model(),
                        warranty.startsOn().getYear(), code.display(), "It shuts down by itself after a few minutes of use.", HandOver.BRING,
                        OSLO_CENTRE.latitude(), OSLO_CENTRE.longitude(), null, Set.of(repairer.get())));
                answer(repairer.get(), requestId, "Worn power button contact.", "Replace the power button assembly.",
                        "690", 2);
                accept(requestId, repairer.get());
                record(repairer.get(), requestId, new RepairReport(RepairOutcome.FIXED, null, PartsUsed.ORIGINAL, 3));
                asRepairer(() -> inbox.moveTo(repairer.get(), requestId, RepairStatus.READY));
                asConsumer(() -> requests.collected(requestId));
                log.info("Demo repairs: the repair of stamp {} is in its history at /verify", code.display());
                return;
            }
        }
    }

    private UUID ask(String category, int which, String fault, UUID... repairers) {
        DemoStamps.Model device = DemoStamps.model(category, which);
        return ask(new RepairAsk(category, device.brand(), device.name(), 2019 + which, null, fault, HandOver.BRING,
                OSLO_CENTRE.latitude(), OSLO_CENTRE.longitude(), null, Set.of(repairers)));
    }

    private UUID ask(RepairAsk ask) {
        return asConsumer(() -> requests.ask(ask, Translations.ENGLISH));
    }

    /** A form at a fixed price, with a diagnosis fee of 250 and the workshop the inbox prefills. */
    private void answer(UUID repairer, UUID requestId, String defect, String repairType, String price, int days) {
        asRepairer(() -> {
            RepairForm prefilled = inbox.prefilled(repairer, requestId).form();
            inbox.answer(repairer, requestId, new RepairForm(prefilled.siteId(), defect, repairType,
                    new BigDecimal(price), false, null, new BigDecimal("250"), days, false, null,
                    prefilled.handOverPlace(), null, null));
        });
    }

    /** The consumer accepts the repairer's form, handing the device over at the first full hour its workshop is open. */
    private void accept(UUID requestId, UUID repairer) {
        asConsumer(() -> {
            UUID siteId = requests.myRequest(requestId).orElseThrow().offers().stream()
                    .filter(offer -> offer.organisationId().equals(repairer)).findFirst().orElseThrow().form().siteId();
            requests.accept(requestId, repairer, nextOpening(repairer, siteId));
        });
    }

    private void record(UUID repairer, UUID requestId, RepairReport report) {
        asRepairer(() -> {
            inbox.moveTo(repairer, requestId, RepairStatus.RECEIVED);
            inbox.report(repairer, requestId, report);
        });
    }

    private LocalDateTime nextOpening(UUID repairer, UUID siteId) {
        Site site = organisations.profile(repairer).orElseThrow().sites().stream()
                .filter(candidate -> candidate.id().equals(siteId)).findFirst().orElseThrow();
        ZoneId zone = site.details().timeZone();
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        while (!site.details().hours().isOpenAt(at.atZone(zone).toInstant(), zone)) {
            at = at.plusHours(1);
        }
        return at;
    }

    private List<String> repairCategories(UUID repairer) {
        return certificates.certificatesOf(repairer).stream()
                .filter(certificate -> certificate.kind() == CertificateKind.REPAIRER)
                .flatMap(certificate -> certificate.scope().categories().stream())
                .filter(category -> certifiedFor(repairer, category)).distinct().toList();
    }

    private boolean certifiedFor(UUID repairer, String category) {
        return certificates.isCertifiedFor(repairer, CertificateKind.REPAIRER, category);
    }

    private static <T> T asConsumer(Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        SystemActor.runAs(CONSUMER, EnumSet.of(Role.CONSUMER), () -> result.add(work.get()));
        return result.getFirst();
    }

    private static void asConsumer(Runnable work) {
        SystemActor.runAs(CONSUMER, EnumSet.of(Role.CONSUMER), work);
    }

    /** As an admin, who may act for any repairer: the repairers' side of the demo requests. */
    private static void asRepairer(Runnable work) {
        SystemActor.runAs(REPAIRER_ACTOR, EnumSet.of(Role.ADMIN), work);
    }
}
