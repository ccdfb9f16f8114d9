package eu.reloop.directory;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.geo.GeoPoint;
import eu.reloop.shared.TextLimits;

/**
 * Organisation and site editing refuse text the directory cannot store or show and positions off the
 * globe, name the field, and write nothing: not the organisation, not a site, not its hours.
 */
@IntegrationTest
class WriteRulesTests {

    private static final String NUL = "\u0000";
    private static final GeoPoint TROMSO = new GeoPoint(69.65, 18.96);

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    UUID organisation;
    UUID site;

    @BeforeEach
    void anOrganisationWithOneSite() {
        TestSecurity.asAdmin(() -> {
            organisation = organisations.register(OrganisationKind.REPAIRER, details("Rules AS"));
            site = organisations.addSite(organisation, site("Rules workshop", TROMSO, Set.of()));
        });
    }

    static Stream<Arguments> brokenDetails() {
        return Stream.of(
                broken("legalName", "a NUL", (OrganisationDetails details) -> with(details, "legalName", "Rules" + NUL + " AS")),
                broken("legalName", "too long", (OrganisationDetails details) -> with(details, "legalName", "R".repeat(TextLimits.NAME + 1))),
                broken("organisationNumber", "a NUL", (OrganisationDetails details) -> with(details, "organisationNumber",
                        details.organisationNumber() + NUL)),
                broken("organisationNumber", "too long", (OrganisationDetails details) -> with(details, "organisationNumber",
                        "9".repeat(TextLimits.LABEL + 1))),
                broken("description", "a NUL", (OrganisationDetails details) -> with(details, "description", "We repair" + NUL + " phones")),
                broken("description", "too long", (OrganisationDetails details) -> with(details, "description",
                        "d".repeat(TextLimits.NOTE + 1))),
                broken("website", "a NUL", (OrganisationDetails details) -> with(details, "website", "https://example.org/" + NUL)),
                broken("website", "too long", (OrganisationDetails details) -> with(details, "website",
                        "https://example.org/" + "w".repeat(TextLimits.URL))),
                broken("phone", "a NUL", (OrganisationDetails details) -> with(details, "phone", "+47 22" + NUL + "22 22 22")),
                broken("phone", "too long", (OrganisationDetails details) -> with(details, "phone", "2".repeat(21))),
                broken("email", "a NUL", (OrganisationDetails details) -> with(details, "email", "post" + NUL + "@example.org")),
                broken("email", "too long", (OrganisationDetails details) -> with(details, "email",
                        "p".repeat(60) + "@" + "e".repeat(TextLimits.EMAIL - 60) + ".org")));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("brokenDetails")
    void anUpdateNamesTheBrokenFieldAndChangesNothing(String field, String problem,
            UnaryOperator<OrganisationDetails> breaking) {
        Organisation before = organisations.profile(organisation).orElseThrow().organisation();
        OrganisationDetails details = breaking.apply(before.details());

        assertRefusedOn(field, () -> TestSecurity.asAdmin(() -> organisations.update(organisation, details)));

        assertThat(organisations.profile(organisation).orElseThrow().organisation()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("brokenDetails")
    void aRegistrationNamesTheBrokenFieldAndAddsNoOrganisation(String field, String problem,
            UnaryOperator<OrganisationDetails> breaking) {
        OrganisationDetails details = breaking.apply(details("Newcomer AS"));
        int before = count("select count(*) from organisation");

        assertRefusedOn(field, () -> TestSecurity.asAdmin(() -> organisations.register(OrganisationKind.REPAIRER, details)));

        assertThat(count("select count(*) from organisation")).isEqualTo(before);
    }

    static Stream<Arguments> brokenSites() {
        return Stream.of(
                broken("name", "a NUL", (SiteDetails site) -> with(site, "name", "Rules" + NUL + " annex")),
                broken("name", "too long", (SiteDetails site) -> with(site, "name", "S".repeat(TextLimits.NAME + 1))),
                broken("street", "a NUL", (SiteDetails site) -> withAddress(site, "street", "Storgata" + NUL + " 1")),
                broken("street", "too long", (SiteDetails site) -> withAddress(site, "street", "s".repeat(TextLimits.NAME + 1))),
                broken("postcode", "a NUL", (SiteDetails site) -> withAddress(site, "postcode", "90" + NUL + "08")),
                broken("postcode", "too long", (SiteDetails site) -> withAddress(site, "postcode",
                        "9".repeat(Address.POSTCODE_LENGTH + 1))),
                broken("town", "a NUL", (SiteDetails site) -> withAddress(site, "town", "Troms" + NUL)),
                broken("town", "too long", (SiteDetails site) -> withAddress(site, "town", "t".repeat(TextLimits.LABEL + 1))),
                broken("note", "a NUL", (SiteDetails site) -> withExceptionNote(site, "Christmas" + NUL + " Eve")),
                broken("note", "too long", (SiteDetails site) -> withExceptionNote(site, "n".repeat(TextLimits.NAME + 1))),
                broken("categoryCode", "a NUL", (SiteDetails site) -> with(site, "offerings",
                        Set.of(new Offering("phones" + NUL, OfferedService.REPAIR)))),
                broken("latitude", "a latitude above 90", (SiteDetails site) -> with(site, "latitude", 90.5)),
                broken("latitude", "a latitude below -90", (SiteDetails site) -> with(site, "latitude", -91.0)),
                broken("longitude", "a longitude beyond 180", (SiteDetails site) -> with(site, "longitude", 180.5)),
                broken("longitude", "a longitude beyond -180", (SiteDetails site) -> with(site, "longitude", -200.0)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("brokenSites")
    void aNewSiteNamesTheBrokenFieldAndIsNotAdded(String field, String problem, UnaryOperator<SiteDetails> breaking) {
        SiteDetails details = breaking.apply(site("Rules annex", TROMSO, Set.of()));
        int sitesBefore = count("select count(*) from site");
        int exceptionsBefore = count("select count(*) from site_opening_exception");

        assertRefusedOn(field, () -> TestSecurity.asAdmin(() -> organisations.addSite(organisation, details)));

        assertThat(count("select count(*) from site")).isEqualTo(sitesBefore);
        assertThat(count("select count(*) from site_opening_exception")).isEqualTo(exceptionsBefore);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("brokenSites")
    void aChangedSiteNamesTheBrokenFieldAndStaysAsItWas(String field, String problem,
            UnaryOperator<SiteDetails> breaking) {
        OrganisationProfile before = organisations.profile(organisation).orElseThrow();
        SiteDetails details = breaking.apply(before.sites().getFirst().details());

        assertRefusedOn(field, () -> TestSecurity.asAdmin(() -> organisations.updateSite(organisation, site, details)));

        assertThat(organisations.profile(organisation).orElseThrow()).isEqualTo(before);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static <T> Arguments broken(String field, String problem, UnaryOperator<T> breaking) {
        return Arguments.of(field, problem, named(problem, breaking));
    }

    private static SiteDetails withAddress(SiteDetails site, String component, String value) {
        return with(site, "address", with(site.address(), component, value));
    }

    private static SiteDetails withExceptionNote(SiteDetails site, String note) {
        OpeningException christmasEve = new OpeningException(LocalDate.of(2026, 12, 24), null, null, note);
        return with(site, "hours", new OpeningHours(site.hours().weekly(), List.of(christmasEve)));
    }

    /** A copy of a record with one component replaced, so each case states only what it breaks. */
    private static <R extends Record> R with(R record, String component, Object value) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                found |= components[i].getName().equals(component);
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
            }
            @SuppressWarnings("unchecked")
            R copy = (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
