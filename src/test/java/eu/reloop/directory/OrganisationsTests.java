package eu.reloop.directory;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.Role;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.shared.Violations;

@IntegrationTest
class OrganisationsTests {

    private static final GeoPoint OSLO = new GeoPoint(59.91, 10.75);

    @Autowired
    Organisations organisations;

    @Autowired
    UserAccounts accounts;

    UUID ours;
    UUID theirs;
    String staffEmail;

    @BeforeEach
    void twoOrganisationsAndAStaffMemberOfTheFirst() {
        staffEmail = "staff-" + UUID.randomUUID() + "@example.org";
        TestSecurity.asAdmin(() -> {
            ours = organisations.register(OrganisationKind.REPAIRER, details("Ours"));
            theirs = organisations.register(OrganisationKind.REUSE_CENTRE, details("Theirs"));
            organisations.addSite(theirs, site("Their site", OSLO, Set.of()));
            UUID staff = accounts.createAccount(new SignUpRequest("Staff", staffEmail, "plenty long passphrase"),
                    EnumSet.of(Role.REPAIRER));
            accounts.addMembership(staff, ours);
        });
    }

    @Test
    void staffChangeTheirOwnOrganisationAndItsSites() {
        asStaff(() -> {
            organisations.update(ours, details("Ours, renamed"));
            organisations.addSite(ours, site("Workshop", OSLO, Set.of(new Offering("phones", OfferedService.REPAIR))));
        });

        OrganisationProfile profile = organisations.profile(ours).orElseThrow();
        assertThat(profile.organisation().details().legalName()).isEqualTo("Ours, renamed");
        assertThat(profile.sites()).singleElement().satisfies(site -> {
            assertThat(site.details().offerings()).containsExactly(new Offering("phones", OfferedService.REPAIR));
            assertThat(site.details().hours().weekly()).hasSize(5);
        });
    }

    @Test
    void staffCannotTouchAnotherOrganisation() {
        UUID theirSite = organisations.profile(theirs).orElseThrow().sites().getFirst().id();

        assertThatThrownBy(() -> asStaff(() -> organisations.update(theirs, details("Hijacked"))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> asStaff(() -> organisations.addSite(theirs, site("Intruder", OSLO, Set.of()))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> asStaff(() -> organisations.removeSite(theirs, theirSite)))
                .isInstanceOf(AuthorizationDeniedException.class);
        // Their site id under our organisation, which the staff may manage, matches nothing.
        assertThatThrownBy(() -> asStaff(() -> organisations.removeSite(ours, theirSite)))
                .isInstanceOf(UnknownRecordException.class);

        OrganisationProfile unchanged = organisations.profile(theirs).orElseThrow();
        assertThat(unchanged.organisation().details().legalName()).isEqualTo("Theirs");
        assertThat(unchanged.sites()).extracting(site -> site.details().name()).containsExactly("Their site");
    }

    @Test
    void onlyARepairerStatesRepairTerms() {
        RepairTerms terms = new RepairTerms(5, true, Set.of(HandOver.BRING), Set.of(ExtraService.TRANSPORT));
        asStaff(() -> organisations.setRepairTerms(ours, terms));
        assertThat(organisations.profile(ours).orElseThrow().repairTerms()).isEqualTo(terms);

        assertThatThrownBy(() -> TestSecurity.asAdmin(() -> organisations.setRepairTerms(theirs, terms)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("organisation.error.not-a-repairer"));
        assertThat(organisations.profile(theirs).orElseThrow().repairTerms()).isEqualTo(RepairTerms.NONE);
        assertThatThrownBy(() -> TestSecurity.asAdmin(() -> organisations.setRepairTerms(UUID.randomUUID(), terms)))
                .isInstanceOf(UnknownRecordException.class);
    }

    @Test
    void anonymousVisitorsChangeNothing() {
        assertThatThrownBy(() -> organisations.update(ours, details("Anonymous")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(organisations.profile(ours).orElseThrow().organisation().details().legalName()).isEqualTo("Ours");
    }

    /** A link to an organisation that does not exist finds nothing, rather than failing on the empty follow-up reads. */
    @Test
    void anUnknownOrganisationHasNoProfile() {
        assertThat(organisations.profile(UUID.randomUUID())).isEmpty();
        assertThat(organisations.profiles(List.of(UUID.randomUUID(), UUID.randomUUID()))).isEmpty();
    }

    @Test
    void organisationNumbersAreCheckedByTheirCheckDigitsAndUnique() {
        OrganisationDetails wrongCheckDigit = new OrganisationDetails("Typo AS", "NO", "923456784", "", null, null,
                null, Set.of());
        assertThatThrownBy(() -> TestSecurity.asAdmin(() -> organisations.register(OrganisationKind.REPAIRER, wrongCheckDigit)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(Violations.of(invalid))
                        .extracting(Violations::field, violation -> violation.getMessageTemplate())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("organisationNumber",
                                "{directory.organisation.number-invalid}")));

        String taken = organisations.profile(theirs).orElseThrow().organisation().details().organisationNumber();
        OrganisationDetails duplicate = new OrganisationDetails("Copycat AS", "NO", taken, "", null, null, null, Set.of());
        assertThatThrownBy(() -> asStaff(() -> organisations.update(ours, duplicate)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("organisation.error.number-taken"));

        OrganisationDetails danish = new OrganisationDetails("Dansk ApS", "DK", "DK 2425 6790", "", null, null, null, Set.of());
        UUID registered = TestSecurity.asAdmin(() -> organisations.register(OrganisationKind.REPAIRER, danish));
        assertThat(organisations.profile(registered).orElseThrow().organisation().details().organisationNumber())
                .isEqualTo("24256790");
    }

    @Test
    void invalidInputIsRejectedAndNothingIsHalfSaved() {
        OrganisationDetails blankName = new OrganisationDetails(" ", "NO", DirectoryFixtures.nextNorwegianNumber(), "",
                "not a url", null, "not an e-mail", Set.of());
        assertThatThrownBy(() -> asStaff(() -> organisations.update(ours, blankName)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(Violations.of(invalid))
                        .extracting(Violations::field).containsExactly("email", "legalName", "website"));

        SiteDetails unknownCategory = site("Odd", OSLO, Set.of(new Offering("time-machines", OfferedService.REPAIR)));
        assertThatThrownBy(() -> asStaff(() -> organisations.addSite(ours, unknownCategory)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("offerings"));

        OrganisationProfile profile = organisations.profile(ours).orElseThrow();
        assertThat(profile.organisation().details().legalName()).isEqualTo("Ours");
        assertThat(profile.sites()).isEmpty();
    }

    @Test
    void openingHoursSurviveTheRoundTripThroughTheDatabase() {
        OpeningHours hours = new OpeningHours(
                List.of(new WeeklyOpening(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new WeeklyOpening(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 30))),
                List.of(new OpeningException(java.time.LocalDate.of(2026, 12, 24), LocalTime.of(9, 0), LocalTime.of(12, 0), "Christmas Eve"),
                        new OpeningException(java.time.LocalDate.of(2026, 12, 25), null, null, "Christmas Day")));

        asStaff(() -> organisations.addSite(ours, site("Split hours", OSLO, Set.of(), hours)));

        assertThat(organisations.profile(ours).orElseThrow().sites().getFirst().details().hours())
                .usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(hours);
    }

    private void asStaff(Runnable work) {
        TestSecurity.as(staffEmail, () -> {
            work.run();
            return null;
        }, Role.REPAIRER.authority());
    }
}
