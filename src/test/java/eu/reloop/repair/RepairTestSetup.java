package eu.reloop.repair;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.Scope;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.Role;

/** Certified repairers of washing machines (open weekdays 9 to 17) and consumers who ask them, for the repair tests. */
@Component
public class RepairTestSetup {

    public static final String WASHING_MACHINES = "washing-machines";

    private final CertificationTestSetup certification;
    private final Certificates certificates;
    private final Organisations organisations;

    RepairTestSetup(CertificationTestSetup certification, Certificates certificates, Organisations organisations) {
        this.certification = certification;
        this.certificates = certificates;
        this.organisations = organisations;
    }

    /** A repairer with one site at the location and a repairer's certificate for washing machines, in force. */
    public Repairer certifiedRepairer(String name, GeoPoint location) {
        return certifiedRepairer(name, location, WASHING_MACHINES);
    }

    /** A repairer with one site at the location and a repairer's certificate for the category, in force. */
    public Repairer certifiedRepairer(String name, GeoPoint location, String category) {
        String staff = certification.account("repairer", Role.REPAIRER);
        UUID organisation = TestSecurity.asAdmin(() -> {
            UUID id = organisations.register(OrganisationKind.REPAIRER, DirectoryFixtures.details(name));
            organisations.addSite(id, DirectoryFixtures.site(name + " workshop", location,
                    Set.of(new Offering(category, OfferedService.REPAIR))));
            LocalDate from = LocalDate.now().minusMonths(6);
            certificates.importCertificate(id, CertificateKind.REPAIRER,
                    new Scope(Set.of(category), Set.of(OfferedService.REPAIR)), from, from.plusYears(3),
                    "Test Certifier");
            return id;
        });
        certification.addStaff(staff, organisation);
        return new Repairer(organisation, staff);
    }

    public String consumer() {
        return certification.account("consumer", Role.CONSUMER);
    }

    public String certifier() {
        return certification.account("certifier", Role.CERTIFIER);
    }

    /** A washing machine that stops mid-wash, to be brought in, asked of these repairers. */
    public static RepairAsk washingMachine(GeoPoint consumerAt, UUID... repairers) {
        return new RepairAsk(WASHING_MACHINES, "Bosch", "Serie 6 WAU28P", 2019, null,
                "It stops mid-wash with error E18 and leaves water in the drum.", HandOver.BRING,
                consumerAt.latitude(), consumerAt.longitude(), null, Set.of(repairers));
    }

    /** A form with a fixed price of 1,450 kroner, five days, a loan machine, and a diagnosis fee of 300. */
    public static RepairForm fixedPriceForm(UUID siteId) {
        return new RepairForm(siteId, "The drain pump is blocked or worn.", "Clean or replace the drain pump.",
                new BigDecimal("1450"), false, null, new BigDecimal("300"), 5, true,
                "A loan machine for the days of the repair, free of charge.", "Testveien 1, 9000 Testby", null, null);
    }

    /** The first Monday to Friday after today in Oslo, when the repairers' workshops are open from 9 to 17. */
    public static LocalDate nextWeekdayInOslo(Clock clock) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Oslo")).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    public static <T> T asConsumer(String email, Supplier<T> work) {
        return TestSecurity.as(email, work, Role.CONSUMER.authority());
    }

    public static void asConsumer(String email, Runnable work) {
        asConsumer(email, () -> {
            work.run();
            return null;
        });
    }

    public record Repairer(UUID organisationId, String staffEmail) {

        public <T> T act(Supplier<T> work) {
            return TestSecurity.as(staffEmail, work, Role.REPAIRER.authority());
        }

        public void run(Runnable work) {
            act(() -> {
                work.run();
                return null;
            });
        }
    }
}
