package eu.reloop.handin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.stereotype.Component;

import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.Scope;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OpeningHours;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.WeeklyOpening;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.Role;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.RefusedException;

/** Sites that take hand-ins of phones, their staff, and owners who book there. */
@Component
public class HandInTestSetup {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);

    private final Organisations organisations;
    private final UserAccounts accounts;
    private final CertificationTestSetup certification;
    private final HandIns handIns;
    private final HandInDesk desk;
    private final Certificates certificates;

    HandInTestSetup(Organisations organisations, UserAccounts accounts, CertificationTestSetup certification,
            HandIns handIns, HandInDesk desk, Certificates certificates) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.certification = certification;
        this.handIns = handIns;
        this.desk = desk;
        this.certificates = certificates;
    }

    /** An organisation's site that erases phones' data, open 9 to 17 every day, and one member of its staff. */
    public record ErasureSite(UUID organisationId, UUID siteId, String staff) {

        public <T> T asStaff(Supplier<T> work) {
            return TestSecurity.as(staff, work, Role.REUSE_CENTRE.authority());
        }
    }

    public ErasureSite erasureSite(String name, OrganisationKind kind, GeoPoint location) {
        return TestSecurity.asAdmin(() -> {
            UUID organisation = organisations.register(kind, DirectoryFixtures.details(name));
            List<WeeklyOpening> weekly = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.add(new WeeklyOpening(day, OPENS, CLOSES));
            }
            UUID site = organisations.addSite(organisation, DirectoryFixtures.site(name + " site", location,
                    Set.of(new Offering("phones", OfferedService.DATA_ERASURE),
                            new Offering("phones", OfferedService.DROP_OFF)),
                    new OpeningHours(weekly, List.of())));
            String staff = certification.account("handin-staff", Role.REUSE_CENTRE);
            accounts.addMembership(accounts.findByEmail(staff).orElseThrow().id(), organisation);
            return new ErasureSite(organisation, site, staff);
        });
    }

    /** A reuse centre whose certificate covers phones: one a device may be handed over to, or refurbished at. */
    public ErasureSite certifiedCentre(String name, GeoPoint location) {
        ErasureSite centre = erasureSite(name, OrganisationKind.REUSE_CENTRE, location);
        LocalDate from = LocalDate.now().minusMonths(6);
        TestSecurity.asAdmin(() -> certificates.importCertificate(centre.organisationId(), CertificateKind.REUSE_CENTRE,
                new Scope(Set.of("phones"), Set.of(OfferedService.SELLS_REFURBISHED)), from, from.plusYears(3),
                "Test Certifier"));
        return centre;
    }

    /** A hand-in of one phone booked by the owner for tomorrow, received by the site. */
    public HandIn received(String owner, ErasureSite site) {
        HandIn booked = booked(owner, site, at(1, LocalTime.of(11, 0)));
        return site.asStaff(() -> desk.receive(site.organisationId(), booked.code().display()));
    }

    public String certifier() {
        return certification.account("certifier", Role.CERTIFIER);
    }

    public String legalName(UUID organisationId) {
        return organisations.profile(organisationId).orElseThrow().organisation().details().legalName();
    }

    /** The step is refused for the reason {@code key}. */
    public static void assertRefusedWith(String key, ThrowingCallable step) {
        assertThatThrownBy(step).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    public String owner() {
        return certification.account("owner", Role.CONSUMER);
    }

    public static <T> T asOwner(String owner, Supplier<T> work) {
        return TestSecurity.as(owner, work, Role.CONSUMER.authority());
    }

    /** {@code time} in Oslo, {@code days} days from today. */
    public static Instant at(int days, LocalTime time) {
        return ZonedDateTime.of(LocalDate.now(OSLO).plusDays(days), time, OSLO).toInstant();
    }

    public static DeviceBrought phone(String serial) {
        return new DeviceBrought("phones", "Fairphone", "4", serial, true);
    }

    /**
     * A hand-in of one phone: a serial of its own (a stamp binds it, one live stamp per serial), ending 3809 as the
     * masking tests expect.
     */
    public HandIn booked(String owner, ErasureSite site, Instant slot) {
        String serial = "356938" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000)) + "3809";
        return asOwner(owner, () -> handIns.book(new Booking(site.siteId(), slot, List.of(phone(serial))),
                Locale.ENGLISH));
    }
}
