package eu.reloop.repair;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.repair.RepairTestSetup.asConsumer;
import static eu.reloop.repair.RepairTestSetup.fixedPriceForm;
import static eu.reloop.repair.RepairTestSetup.washingMachine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.HandOver;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.Role;
import eu.reloop.impact.ImpactFigures;
import eu.reloop.impact.ImpactKind;
import eu.reloop.impact.ImpactRow;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.market.SoldItems;
import eu.reloop.identity.YourData;
import eu.reloop.repair.RepairTestSetup.Repairer;
import eu.reloop.shared.CsvExport;
import eu.reloop.shared.Money;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Translations;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.LogEntry;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.StampLog;
import eu.reloop.stamp.StampVerification;
import eu.reloop.stamp.Stamps;

@IntegrationTest
class RepairRequestsTests {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String DISHWASHERS = "dishwashers";

    @Autowired
    RepairTestSetup setup;

    @Autowired
    RepairRequests requests;

    @Autowired
    RepairInbox inbox;

    @Autowired
    OpenRepairData openData;

    @Autowired
    RepairComplaints complaints;

    @Autowired
    YourData yourData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    MarketTestSetup market;

    @Autowired
    SoldItems sold;

    @Autowired
    Stamps stamps;

    @Autowired
    StampLog stampLog;

    @Autowired
    ImpactFigures impact;

    @Autowired
    RepairFormDocuments documents;

    GeoPoint consumerAt;
    Repairer first;
    Repairer second;
    String consumer;

    @BeforeEach
    void twoRepairersAndAConsumer() {
        consumerAt = DirectoryFixtures.remoteOrigin();
        first = setup.certifiedRepairer("Vaskefiks " + UUID.randomUUID(), DirectoryFixtures.north(consumerAt, 2));
        second = setup.certifiedRepairer("Hvitevarehjelpen " + UUID.randomUUID(), DirectoryFixtures.north(consumerAt, 5));
        consumer = setup.consumer();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFormIsAcceptedWithABookingAndTheRepairIsCarriedToCollectionAndPublished() {
        UUID requestId = ask(first, second);
        UUID siteId = siteOf(requestId);
        first.run(() -> inbox.answer(first.organisationId(), requestId, fixedPriceForm(siteId)));
        second.run(() -> inbox.decline(second.organisationId(), requestId, "We do not repair Bosch machines."));

        RepairRequests.RequestWithOffers asked = asConsumer(consumer, () -> requests.myRequest(requestId)).orElseThrow();
        RepairOffer offered = asked.offers().stream().filter(offer -> offer.status() == OfferStatus.OFFERED).findFirst()
                .orElseThrow();
        IssuedForm form = offered.form();
        assertThat(form.price()).isEqualTo(Money.of("1450", "NOK"));
        assertThat(form.diagnosisFee()).isEqualTo(Money.of("300", "NOK"));
        assertThat(form.timeZone()).isEqualTo(OSLO);
        assertThat(form.validUntil()).isEqualTo(form.issuedOn().plusDays(30));
        assertThat(asked.offers()).filteredOn(offer -> offer.status() == OfferStatus.DECLINED).singleElement()
                .satisfies(declined -> assertThat(declined.declineReason()).isEqualTo("We do not repair Bosch machines."));

        clock.advance(Duration.ofHours(2));
        Instant acceptedAt = clock.instant();
        asConsumer(consumer, () -> requests.accept(requestId, first.organisationId(), nextWeekday(LocalTime.of(10, 0))));
        assertThat(inbox(first, requestId).offer().status()).isEqualTo(OfferStatus.ACCEPTED);
        // Both sides see since when the request is in its state.
        RepairRequest booked = inbox(first, requestId).request();
        assertThat(booked.status()).isEqualTo(RepairStatus.BOOKED);
        assertThat(booked.statusAt()).isBetween(acceptedAt.truncatedTo(ChronoUnit.MILLIS), clock.instant());
        assertThat(booked.askedAt()).isBefore(acceptedAt.minus(Duration.ofHours(2)));
        first.run(() -> inbox.moveTo(first.organisationId(), requestId, RepairStatus.RECEIVED));
        assertRefusedOn("barrier", () -> first.run(() -> inbox.report(first.organisationId(), requestId,
                new RepairReport(RepairOutcome.END_OF_LIFE, null, PartsUsed.NONE, 3))));
        assertRefusedOn("warrantyMonths", () -> first.run(() -> inbox.report(first.organisationId(), requestId,
                new RepairReport(RepairOutcome.FIXED, null, PartsUsed.ORIGINAL, 2))));
        first.run(() -> inbox.report(first.organisationId(), requestId,
                new RepairReport(RepairOutcome.FIXED, null, PartsUsed.ORIGINAL, 3)));
        // Fixed, it counts in the consumer's impact: half of a new washing machine's footprint, and its weight.
        ImpactRow repaired = asConsumer(consumer, () -> impact.mine()).getFirst();
        assertThat(repaired.kind()).isEqualTo(ImpactKind.REPAIR);
        assertThat(repaired.kgCo2e()).isEqualByComparingTo("211.8");
        assertThat(repaired.kgWaste()).isEqualByComparingTo("70");
        assertThatThrownBy(() -> asConsumer(consumer, () -> requests.collected(requestId)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("repair.error.not-ready"));
        first.run(() -> inbox.moveTo(first.organisationId(), requestId, RepairStatus.READY));
        asConsumer(consumer, () -> requests.collected(requestId));

        RepairRequest collected = asConsumer(consumer, () -> requests.myRequest(requestId)).orElseThrow().request();
        assertThat(collected.status()).isEqualTo(RepairStatus.COLLECTED);
        assertThat(collected.warrantyEndsOn()).isEqualTo(collected.repairedOn().plusMonths(3));
        assertThat(openData.records()).anySatisfy(record -> {
            assertThat(record.brand()).isEqualTo("Bosch");
            assertThat(record.repairStatus()).isEqualTo("Fixed");
            assertThat(record.country()).isEqualTo("NOR");
            assertThat(record.partnerProductCategory()).isEqualTo(RepairTestSetup.WASHING_MACHINES);
            assertThat(record.problem()).isEqualTo("The drain pump is blocked or worn.");
            assertThat(record.id()).doesNotContain(requestId.toString());
        });
    }

    /** No other test repairs dishwashers, so their figures are this test's alone. */
    @Test
    void aKindOfDevicesFiguresCountItsRecordedRepairsAndTheMediansOfTheirForms() {
        Repairer repairer = setup.certifiedRepairer("Oppvaskhjelpen " + UUID.randomUUID(),
                DirectoryFixtures.north(consumerAt, 2), DISHWASHERS);
        recorded(repairer, dishwasher(repairer), priced("1000", 4), new RepairReport(RepairOutcome.FIXED, null,
                PartsUsed.ORIGINAL, 3));
        recorded(repairer, dishwasher(repairer), priced("2000", 9), new RepairReport(RepairOutcome.END_OF_LIFE,
                RepairBarrier.SPARE_PARTS_NOT_AVAILABLE, PartsUsed.NONE, 3));
        recorded(repairer, dishwasher(repairer), priced("1450", 5), new RepairReport(RepairOutcome.FIXED, null,
                PartsUsed.COMPATIBLE, 3));
        // Booked, with no outcome yet: not counted.
        UUID booked = asConsumer(consumer, () -> requests.ask(dishwasher(repairer), Translations.ENGLISH));
        repairer.run(() -> inbox.answer(repairer.organisationId(), booked, priced("99", 1).apply(
                repairer.act(() -> inbox.prefilled(repairer.organisationId(), booked)).form().siteId())));
        asConsumer(consumer, () -> requests.accept(booked, repairer.organisationId(), nextWeekday(LocalTime.of(10, 0))));

        // Three repairs, two fixed; the median of 1000, 1450 and 2000 kroner, and of 4, 5 and 9 days.
        CategoryStatistics inKroner = openData.statistics(DISHWASHERS, Currency.getInstance("NOK"));
        assertThat(inKroner.repairs()).isEqualTo(3);
        assertThat(inKroner.shareFixed()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(inKroner.medianPrice()).isEqualTo(Money.of("1450", "NOK"));
        assertThat(inKroner.medianDays()).isEqualTo(5.0);
        // Prices only in the currency asked for: none of these forms was in Swedish kronor.
        CategoryStatistics inSwedishKronor = openData.statistics(DISHWASHERS, Currency.getInstance("SEK"));
        assertThat(inSwedishKronor.repairs()).isEqualTo(3);
        assertThat(inSwedishKronor.medianPrice()).isNull();
        assertThat(inSwedishKronor.medianDays()).isEqualTo(5.0);
    }

    /** The PDF wraps long answers to the page's width and runs onto further pages, down to the form's last field. */
    @Test
    void theFormsPdfHoldsEveryFieldHoweverLongTheAnswers() throws Exception {
        UUID requestId = ask(first);
        UUID siteId = siteOf(requestId);
        String longText = "The drain pump is worn and the filter behind it is blocked. ".repeat(33).strip();
        first.run(() -> inbox.answer(first.organisationId(), requestId, new RepairForm(siteId, longText, longText,
                new BigDecimal("1450"), true, longText, new BigDecimal("300"), 5, true, longText,
                "Testveien 1, 9000 Testby", longText, new BigDecimal("200"))));

        RepairRequests.RequestWithOffers asked = asConsumer(consumer, () -> requests.myRequest(requestId)).orElseThrow();
        try (PDDocument document = Loader.loadPDF(documents.pdf(asked.request(), asked.offers().getFirst()))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).startsWith("European Repair Information Form").contains("Testveien 1, 9000 Testby",
                    "Binding until");
            assertThat(text.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(120));
        }
    }

    @Test
    void aFormPastItsThirtyDaysCannotBeAccepted() {
        UUID requestId = ask(first);
        UUID siteId = siteOf(requestId);
        first.run(() -> inbox.answer(first.organisationId(), requestId, fixedPriceForm(siteId)));

        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> asConsumer(consumer,
                () -> requests.accept(requestId, first.organisationId(), nextWeekday(LocalTime.of(10, 0)))))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("repair.error.form-expired"));
        assertThat(asConsumer(consumer, () -> requests.myRequest(requestId)).orElseThrow().request().status())
                .isEqualTo(RepairStatus.ASKED);
    }

    @Test
    void aBookingOutsideTheRepairersOpeningHoursIsRefused() {
        UUID requestId = ask(first);
        UUID siteId = siteOf(requestId);
        first.run(() -> inbox.answer(first.organisationId(), requestId, fixedPriceForm(siteId)));

        LocalDateTime saturday = LocalDateTime.ofInstant(clock.instant(), OSLO).toLocalDate()
                .with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).atTime(11, 0);
        assertRefusedOn("handOverAt", () -> asConsumer(consumer,
                () -> requests.accept(requestId, first.organisationId(), saturday)));
        assertRefusedOn("handOverAt", () -> asConsumer(consumer,
                () -> requests.accept(requestId, first.organisationId(), nextWeekday(LocalTime.of(17, 0)))));
        asConsumer(consumer, () -> requests.accept(requestId, first.organisationId(), nextWeekday(LocalTime.of(16, 59))));
    }

    @Test
    void aRepairerCannotReadAnotherRepairersRequests() {
        UUID requestId = ask(first);
        Repairer other = setup.certifiedRepairer("Annen verksted " + UUID.randomUUID(), DirectoryFixtures.north(consumerAt, 3));

        assertThatThrownBy(() -> other.act(() -> inbox.request(other.organisationId(), requestId)))
                .isInstanceOf(UnknownRecordException.class);
        assertThatThrownBy(() -> other.run(() -> inbox.answer(other.organisationId(), requestId,
                fixedPriceForm(UUID.randomUUID())))).isInstanceOf(UnknownRecordException.class);
        assertThatThrownBy(() -> other.act(() -> inbox.inbox(first.organisationId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(other.act(() -> inbox.inbox(other.organisationId()))).isEmpty();
        assertThat(asConsumer(setup.consumer(), () -> requests.myRequest(requestId))).as("another consumer").isEmpty();
    }

    @Test
    void pricesTimesAndTextsAreValidated() {
        UUID requestId = ask(first);
        UUID siteId = siteOf(requestId);
        RepairForm form = fixedPriceForm(siteId);

        assertRefusedOn("price", () -> answer(withPrice(form, new BigDecimal("-1"))));
        assertRefusedOn("price", () -> answer(withPrice(form, new BigDecimal("1450.005"))));
        assertRefusedOn("price", () -> answer(withPrice(form, new BigDecimal("1E+12"))));
        assertRefusedOn("repairDays", () -> answer(new RepairForm(siteId, form.defect(), form.repairType(), form.price(),
                false, null, form.diagnosisFee(), 0, false, null, form.handOverPlace(), null, null)));
        assertRefusedOn("priceBasis", () -> answer(new RepairForm(siteId, form.defect(), form.repairType(), form.price(),
                true, " ", form.diagnosisFee(), 5, false, null, form.handOverPlace(), null, null)));
        assertRefusedOn("loanTerms", () -> answer(new RepairForm(siteId, form.defect(), form.repairType(), form.price(),
                false, null, form.diagnosisFee(), 5, true, null, form.handOverPlace(), null, null)));
        assertRefusedOn("defect", () -> answer(new RepairForm(siteId, "Pump\u0000", form.repairType(), form.price(),
                false, null, form.diagnosisFee(), 5, false, null, form.handOverPlace(), null, null)));
        assertRefusedOn("reason", () -> first.run(() -> inbox.decline(first.organisationId(), requestId, " ")));

        Set<UUID> four = Set.of(first.organisationId(), second.organisationId(), UUID.randomUUID(), UUID.randomUUID());
        RepairAsk tooMany = washingMachine(consumerAt);
        assertRefusedOn("repairers", () -> asConsumer(consumer, () -> requests.ask(new RepairAsk(tooMany.category(),
                tooMany.brand(), tooMany.model(), tooMany.purchaseYear(), null, tooMany.fault(), tooMany.handOver(),
                tooMany.latitude(), tooMany.longitude(), null, four), Translations.ENGLISH)));
        assertRefusedOn("fault", () -> asConsumer(consumer, () -> requests.ask(new RepairAsk(tooMany.category(),
                tooMany.brand(), tooMany.model(), 2019, null, "x".repeat(2001), HandOver.BRING, tooMany.latitude(),
                tooMany.longitude(), null, Set.of(first.organisationId())), Translations.ENGLISH)));
        assertRefusedOn("address", () -> asConsumer(consumer, () -> requests.ask(new RepairAsk(tooMany.category(),
                tooMany.brand(), tooMany.model(), 2019, null, tooMany.fault(), HandOver.PICKUP, tooMany.latitude(),
                tooMany.longitude(), " ", Set.of(first.organisationId())), Translations.ENGLISH)));
        assertRefusedOn("repairers", () -> asConsumer(consumer, () -> requests.ask(new RepairAsk("phones",
                tooMany.brand(), tooMany.model(), 2019, null, tooMany.fault(), HandOver.BRING, tooMany.latitude(),
                tooMany.longitude(), null, Set.of(first.organisationId())), Translations.ENGLISH)));

        answer(form);
        assertThatThrownBy(() -> answer(form)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("repair.error.answered"));
    }

    @Test
    void theExportParsesAsCsvWithTheOrdsHeaderAndNoPersonalData() {
        UUID requestId = ask(first);
        UUID siteId = siteOf(requestId);
        RepairForm form = fixedPriceForm(siteId);
        first.run(() -> inbox.answer(first.organisationId(), requestId, new RepairForm(siteId,
                "Pump worn; call me on +47 912 34 567 or mail " + consumer, form.repairType(), form.price(), false, null,
                form.diagnosisFee(), 5, false, null, form.handOverPlace(), null, null)));
        asConsumer(consumer, () -> requests.accept(requestId, first.organisationId(), nextWeekday(LocalTime.of(10, 0))));
        first.run(() -> inbox.moveTo(first.organisationId(), requestId, RepairStatus.RECEIVED));
        first.run(() -> inbox.report(first.organisationId(), requestId,
                new RepairReport(RepairOutcome.END_OF_LIFE, RepairBarrier.SPARE_PARTS_NOT_AVAILABLE, PartsUsed.NONE, 3)));

        OrdsRecord record = openData.records().stream().filter(found -> found.problem().startsWith("Pump worn"))
                .findFirst().orElseThrow();
        assertThat(record.problem()).isEqualTo("Pump worn; call me on [removed] or mail [removed]");
        assertThat(record.repairBarrier()).isEqualTo("Spare parts not available");
        assertThat(CsvExport.write(List.of(record), OrdsRecord.class, List.of())).doesNotContain(consumer).doesNotContain("912 34").doesNotContain("Vaskefiks");
    }

    @Test
    void aComplaintUnansweredAfterEightDaysShowsToCertifiersUntilTheRepairerAnswers() {
        UUID requestId = ask(first);
        first.run(() -> inbox.answer(first.organisationId(), requestId, fixedPriceForm(siteOf(requestId))));
        asConsumer(consumer, () -> requests.accept(requestId, first.organisationId(), nextWeekday(LocalTime.of(10, 0))));
        assertThatThrownBy(() -> asConsumer(consumer, () -> complaints.complain(requestId, "It leaks")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("repair.error.complaint-too-early"));
        first.run(() -> inbox.moveTo(first.organisationId(), requestId, RepairStatus.RECEIVED));
        first.run(() -> inbox.report(first.organisationId(), requestId,
                new RepairReport(RepairOutcome.FIXED, null, PartsUsed.COMPATIBLE, 6)));

        assertRefusedOn("text", () -> asConsumer(consumer, () -> complaints.complain(requestId, " ")));
        UUID complaintId = asConsumer(consumer, () -> complaints.complain(requestId, "It leaks again after a week."));
        assertThatThrownBy(() -> asConsumer(consumer, () -> complaints.complain(requestId, "And it is loud")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("repair.error.complaint-open"));
        assertThatThrownBy(() -> asConsumer(setup.consumer(), () -> complaints.complain(requestId, "Not mine")))
                .isInstanceOf(UnknownRecordException.class);
        RepairComplaint filed = asConsumer(consumer, () -> complaints.myComplaints(requestId)).getFirst();
        assertThat(filed.answerDue()).isEqualTo(filed.filedAt().plus(Duration.ofDays(8)));
        String certifier = setup.certifier();
        assertThat(overdueAs(certifier)).noneMatch(complaint -> complaint.id().equals(complaintId));
        assertThatThrownBy(() -> first.act(() -> complaints.overdue())).isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.ofDays(9));
        assertThat(overdueAs(certifier)).anySatisfy(complaint -> {
            assertThat(complaint.id()).isEqualTo(complaintId);
            assertThat(complaint.organisationId()).isEqualTo(first.organisationId());
            assertThat(complaint.overdue()).isTrue();
        });
        assertThatThrownBy(() -> second.run(() -> complaints.answer(second.organisationId(), complaintId, "Not ours")))
                .isInstanceOf(UnknownRecordException.class);
        first.run(() -> complaints.answer(first.organisationId(), complaintId, "Bring it in; we replace the seal free."));
        assertThat(overdueAs(certifier)).noneMatch(complaint -> complaint.id().equals(complaintId));
        assertThat(asConsumer(consumer, () -> complaints.myComplaints(requestId)).getFirst().answer())
                .isEqualTo("Bring it in; we replace the seal free.");
    }

    @Test
    void aConsumersRequestsAreInTheirDataAndOutlastTheirAccountUnderItsPseudonymWithoutTheAddress() {
        RepairAsk bring = washingMachine(consumerAt, first.organisationId());
        UUID requestId = asConsumer(consumer, () -> requests.ask(new RepairAsk(bring.category(), bring.brand(),
                bring.model(), 2019, null, bring.fault(), HandOver.PICKUP, bring.latitude(), bring.longitude(),
                "Storgata 1, 0155 Oslo", bring.repairers()), Translations.ENGLISH));
        asConsumer(consumer, () -> requests.write(requestId, "The door is stuck too."));

        String export = new String(TestSecurity.as(consumer, yourData::export, Role.CONSUMER.authority()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(export).contains("\"repairs\"", bring.fault(), "Storgata 1, 0155 Oslo", "The door is stuck too.");

        TestSecurity.as(consumer, () -> {
            yourData.deleteAccount(consumer);
            return null;
        }, Role.CONSUMER.authority());
        Map<String, Object> stored = jdbc.sql("select consumer_email, address from repair_request where id = :id")
                .param("id", requestId).query().singleRow();
        assertThat(stored.get("consumer_email")).isNotEqualTo(consumer);
        assertThat(stored.get("address")).isNull();
        assertThat(jdbc.sql("select count(*) from repair_message where author_email = :email").param("email", consumer)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRepairOfAStampedItemUnderItsWarrantyGoesIntoTheStampsLogAndItsPublicHistory() {
        Centre centre = market.certifiedCentre("Telefonsentralen " + UUID.randomUUID(), consumerAt);
        StampCode code = new StampCode(sold.paidAtPickup(centre, consumer).stampCode());
        Repairer phones = setup.certifiedRepairer("Telefiks " + UUID.randomUUID(), DirectoryFixtures.north(consumerAt, 2),
                "phones");
        assertRefusedOn("stampCode", () -> asConsumer(consumer, () -> requests.ask(phone(phones, "7K3M-9QX"),
                Translations.ENGLISH)));
        assertRefusedOn("stampCode", () -> asConsumer(consumer, () -> requests.ask(phone(phones,
                StampCode.generate(new Random(7)).display()), Translations.ENGLISH)));
        RepairAsk washing = washingMachine(consumerAt, first.organisationId());
        assertRefusedOn("stampCode", () -> asConsumer(consumer, () -> requests.ask(new RepairAsk(washing.category(),
                washing.brand(), washing.model(), 2019, code.display(), washing.fault(), HandOver.BRING,
                washing.latitude(), washing.longitude(), null, washing.repairers()), Translations.ENGLISH)));

        UUID requestId = recorded(phones, phone(phones, code.display().toLowerCase(Locale.ROOT)),
                RepairTestSetup::fixedPriceForm, new RepairReport(RepairOutcome.FIXED, null, PartsUsed.ORIGINAL, 6));
        assertThat(inbox(phones, requestId).request().stampCode()).isEqualTo(code.value());

        StampVerification verified = stamps.verify(code).orElseThrow();
        assertThat(verified.status()).isEqualTo(StampVerification.Status.VALID);
        assertThat(verified.history()).extracting(StampVerification.HistoryEntry::event)
                .containsExactly(StampEvent.ISSUED, StampEvent.SOLD, StampEvent.REPAIRED);
        StampVerification.HistoryEntry repaired = verified.history().getLast();
        assertThat(repaired.details()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "repairer", phones.organisationId().toString(), "outcome", "FIXED", "parts", "ORIGINAL",
                "repairWarrantyMonths", "6", "underWarranty", "true"));
        LogEntry entry = stampLog.entriesOf(code).getLast();
        assertThat(entry.sequence()).isEqualTo(repaired.sequence());
        assertThat(stampLog.problemWith(entry)).isEmpty();

        // The code is printed on every label: a phone still in the centre's stock is nobody's to have repaired.
        StampCode unsold = market.stampedPhone(centre).code();
        assertRefusedOn("stampCode", () -> asConsumer(consumer, () -> requests.ask(phone(phones, unsold.display()),
                Translations.ENGLISH)));
        assertThat(stamps.verify(unsold).orElseThrow().history()).extracting(StampVerification.HistoryEntry::event)
                .containsExactly(StampEvent.ISSUED);
    }

    @Test
    void aRepairersQualityFiguresCountItsRecordedRepairsAndHowItAnsweredTheirComplaints() {
        UUID fixed = recorded(first, new RepairReport(RepairOutcome.FIXED, null, PartsUsed.ORIGINAL, 3));
        UUID notFixed = recorded(first, new RepairReport(RepairOutcome.END_OF_LIFE,
                RepairBarrier.SPARE_PARTS_NOT_AVAILABLE, PartsUsed.NONE, 3));
        UUID booked = ask(first, second);
        first.run(() -> inbox.answer(first.organisationId(), booked, fixedPriceForm(siteOf(booked))));
        second.run(() -> inbox.decline(second.organisationId(), booked, "Fully booked this month."));
        asConsumer(consumer, () -> requests.accept(booked, first.organisationId(), nextWeekday(LocalTime.of(10, 0))));
        UUID answered = asConsumer(consumer, () -> complaints.complain(fixed, "It leaks again."));
        first.run(() -> complaints.answer(first.organisationId(), answered, "Bring it in; we replace the seal."));
        asConsumer(consumer, () -> complaints.complain(notFixed, "Why was it not fixed?"));
        clock.advance(Duration.ofDays(9));

        UUID unknown = UUID.randomUUID();
        Map<UUID, RepairerTrackRecord> records = openData.trackRecords(
                List.of(first.organisationId(), second.organisationId(), unknown));
        assertThat(records.get(first.organisationId()))
                .isEqualTo(new RepairerTrackRecord(first.organisationId(), 2, 1, 2, 1, 1));
        assertThat(records.get(first.organisationId()).shareFixed()).isEqualTo(0.5);
        assertThat(records.get(second.organisationId()))
                .isEqualTo(new RepairerTrackRecord(second.organisationId(), 0, 0, 0, 0, 0));
        assertThat(records.get(unknown).any()).isFalse();
        assertThat(openData.trackRecords(List.of())).isEmpty();
    }

    /** Choosing one form closes the request for every other repairer asked, also one that had not answered yet. */
    @Test
    void aRepairerThatHadNotAnsweredWhenAnotherWasChosenIsOutOfTheRunning() {
        UUID requestId = ask(first, second);
        first.run(() -> inbox.answer(first.organisationId(), requestId, fixedPriceForm(siteOf(requestId))));
        assertThat(inbox(second, requestId).offer().status()).isEqualTo(OfferStatus.WAITING);

        asConsumer(consumer, () -> requests.accept(requestId, first.organisationId(), nextWeekday(LocalTime.of(10, 0))));

        assertThat(inbox(second, requestId).offer().status()).isEqualTo(OfferStatus.NOT_CHOSEN);
        assertThatThrownBy(() -> second.run(() -> inbox.write(second.organisationId(), requestId, "Still free?")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("repair.error.not-yours-now"));
    }

    /** A washing machine asked of the repairer alone, answered with the fixed-price form, and reported so. */
    private UUID recorded(Repairer repairer, RepairReport report) {
        return recorded(repairer, washingMachine(consumerAt, repairer.organisationId()), RepairTestSetup::fixedPriceForm,
                report);
    }

    /** Asked of the one repairer, answered with the form for its workshop, accepted, received and reported so. */
    private UUID recorded(Repairer repairer, RepairAsk ask, Function<UUID, RepairForm> form, RepairReport report) {
        UUID requestId = asConsumer(consumer, () -> requests.ask(ask, Translations.ENGLISH));
        UUID siteId = repairer.act(() -> inbox.prefilled(repairer.organisationId(), requestId)).form().siteId();
        repairer.run(() -> inbox.answer(repairer.organisationId(), requestId, form.apply(siteId)));
        asConsumer(consumer, () -> requests.accept(requestId, repairer.organisationId(), nextWeekday(LocalTime.of(10, 0))));
        repairer.run(() -> inbox.moveTo(repairer.organisationId(), requestId, RepairStatus.RECEIVED));
        repairer.run(() -> inbox.report(repairer.organisationId(), requestId, report));
        return requestId;
    }

    private RepairAsk dishwasher(Repairer repairer) {
        return new RepairAsk(DISHWASHERS, "Bosch", "Serie 4", 2020, null, "It does not drain.", HandOver.BRING,
                consumerAt.latitude(), consumerAt.longitude(), null, Set.of(repairer.organisationId()));
    }

    /** The fixed-price form at another price and time. */
    private static Function<UUID, RepairForm> priced(String price, int days) {
        return siteId -> {
            RepairForm form = fixedPriceForm(siteId);
            return new RepairForm(siteId, form.defect(), form.repairType(), new BigDecimal(price), false, null,
                    form.diagnosisFee(), days, false, null, form.handOverPlace(), null, null);
        };
    }

    /** A broken phone that carries the stamp typed, to ask the repairer about. */
    private RepairAsk phone(Repairer repairer, String stampCode) {
        return new RepairAsk("phones", "Fairphone", "4", 2024, stampCode, "The screen is cracked across.", HandOver.BRING,
                consumerAt.latitude(), consumerAt.longitude(), null, Set.of(repairer.organisationId()));
    }

    private List<RepairComplaint> overdueAs(String certifier) {
        return TestSecurity.as(certifier, () -> complaints.overdue(), Role.CERTIFIER.authority());
    }

    private UUID ask(Repairer... repairers) {
        UUID[] ids = java.util.Arrays.stream(repairers).map(Repairer::organisationId).toArray(UUID[]::new);
        return asConsumer(consumer, () -> requests.ask(washingMachine(consumerAt, ids), Translations.ENGLISH));
    }

    private UUID siteOf(UUID requestId) {
        return first.act(() -> inbox.prefilled(first.organisationId(), requestId)).form().siteId();
    }

    private RepairInbox.RequestForRepairer inbox(Repairer repairer, UUID requestId) {
        return repairer.act(() -> inbox.request(repairer.organisationId(), requestId));
    }

    private void answer(RepairForm form) {
        UUID requestId = first.act(() -> inbox.inbox(first.organisationId())).getFirst().request().id();
        first.run(() -> inbox.answer(first.organisationId(), requestId, form));
    }

    private static RepairForm withPrice(RepairForm form, BigDecimal price) {
        return new RepairForm(form.siteId(), form.defect(), form.repairType(), price, false, null, form.diagnosisFee(),
                form.repairDays(), form.loanDevice(), form.loanTerms(), form.handOverPlace(), null, null);
    }

    /** The next Monday to Friday after today in Oslo, at that time. */
    private LocalDateTime nextWeekday(LocalTime time) {
        return RepairTestSetup.nextWeekdayInOslo(clock).atTime(time);
    }
}
