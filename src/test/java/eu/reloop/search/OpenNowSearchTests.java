package eu.reloop.search;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OpeningException;
import eu.reloop.directory.OpeningHours;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.WeeklyOpening;
import eu.reloop.geo.GeoPoint;

/**
 * "Open now" answered by Elasticsearch for a site in Norway open on Sundays 10:00-16:00 local time,
 * on the days the clocks change. A search that kept one UTC offset all year would be an hour off.
 */
@IntegrationTest
class OpenNowSearchTests {

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationSearch search;

    GeoPoint origin;
    UUID id;

    @BeforeEach
    void aSiteOpenOnSundays() {
        origin = DirectoryFixtures.remoteOrigin();
        OpeningHours sundays = new OpeningHours(
                List.of(new WeeklyOpening(DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(16, 0))),
                List.of(new OpeningException(LocalDate.of(2026, 4, 5), null, null, "Easter Sunday"),
                        new OpeningException(LocalDate.of(2026, 12, 23), LocalTime.of(12, 0), LocalTime.of(14, 0), "Christmas opening")));
        id = TestSecurity.asAdmin(() -> {
            UUID registered = organisations.register(OrganisationKind.REPAIRER, details("Sunday Fix"));
            organisations.addSite(registered, site("Sunday workshop", origin, Set.of(), sundays));
            return registered;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(query(false)).total() == 1);
    }

    @Test
    void springForwardSunday() {
        // 29 March 2026: Oslo moves from UTC+1 to UTC+2 at 01:00 UTC.
        assertOpen("2026-03-29T08:30:00Z", true);    // 10:30 local
        assertOpen("2026-03-29T13:59:00Z", true);    // 15:59 local
        assertOpen("2026-03-29T14:30:00Z", false);   // 16:30 local; 15:30 with last week's offset
        assertOpen("2026-03-29T07:30:00Z", false);   // 09:30 local
    }

    @Test
    void fallBackSunday() {
        // 25 October 2026: Oslo moves from UTC+2 back to UTC+1 at 01:00 UTC.
        assertOpen("2026-10-25T09:30:00Z", true);    // 10:30 local; 11:30 with yesterday's offset
        assertOpen("2026-10-25T08:30:00Z", false);   // 09:30 local; 10:30 with yesterday's offset
        assertOpen("2026-10-25T14:59:00Z", true);    // 15:59 local
        assertOpen("2026-10-25T15:00:00Z", false);   // 16:00 local: closing time is exclusive
    }

    @Test
    void exceptionsOverrideTheWeek() {
        assertOpen("2026-04-05T10:00:00Z", false);   // Easter Sunday, closed all day
        assertOpen("2026-12-23T11:30:00Z", true);    // a Wednesday with special hours, 12:30 local
        assertOpen("2026-12-23T13:30:00Z", false);   // 14:30 local
    }

    private void assertOpen(String instant, boolean open) {
        Instant now = Instant.parse(instant);
        assertThat(search.search(query(false), now).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.openNow()).as("open at %s", instant).isEqualTo(open));
        assertThat(search.search(query(true), now).hits()).as("open-now filter at %s", instant)
                .extracting(OrganisationHit::organisationId).isEqualTo(open ? List.of(id) : List.of());
    }

    private OrganisationQuery query(boolean openNow) {
        return new OrganisationQuery(origin, 1, null, null, false, openNow, 0, 20);
    }
}
