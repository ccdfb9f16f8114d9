package eu.reloop.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GazetteerTests {

    // Loading the files takes a moment; every test only reads.
    private static final Gazetteer GAZETTEER = new Gazetteer();

    @Test
    void localNamesFindTheCityUnderItsGeoNamesName() {
        assertThat(GAZETTEER.find("København")).map(Place::name).contains("Copenhagen");
        assertThat(GAZETTEER.find("Kobenhavn")).map(Place::name).contains("Copenhagen");
        assertThat(GAZETTEER.find("Göteborg")).map(Place::name).contains("Gothenburg");
        assertThat(GAZETTEER.find("Goteborg")).map(Place::name).contains("Gothenburg");
        assertThat(GAZETTEER.find("Aarhus")).map(Place::name).contains("Århus");
        assertThat(GAZETTEER.find("Helsingfors")).map(Place::name).contains("Helsinki");
        assertThat(GAZETTEER.find("Åbo")).map(Place::name).contains("Turku");
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(GAZETTEER.find("Malmo")).map(Place::name).contains("Malmö");
        assertThat(GAZETTEER.find("MALMÖ")).map(Place::name).contains("Malmö");
        assertThat(GAZETTEER.find("  malmö ")).map(Place::name).contains("Malmö");
        assertThat(GAZETTEER.find("Tromso")).map(Place::name).contains("Tromsø");
        assertThat(GAZETTEER.find("reykjavik")).map(Place::name).contains("Reykjavík");
    }

    @Test
    void findGivesTheWholePlace() {
        Place bergen = GAZETTEER.find("Bergen").orElseThrow();

        assertThat(bergen.country()).isEqualTo("NO");
        assertThat(bergen.region()).isEqualTo("Vestland");
        assertThat(bergen.location().latitude()).isCloseTo(60.39, within(0.01));
        assertThat(bergen.label()).isEqualTo("Bergen, Vestland (NO)");
    }

    @Test
    void aCountryCodePicksAmongPlacesOfTheSameName() {
        // Nyborg is a Danish town and a place near Bergen; the Danish one comes first in the file.
        assertThat(GAZETTEER.find("Nyborg")).map(Place::country).contains("DK");
        assertThat(GAZETTEER.find("Nyborg (NO)")).map(Place::country).contains("NO");
        assertThat(GAZETTEER.find("nyborg, no")).map(Place::country).contains("NO");
        assertThat(GAZETTEER.find("Brevik, SE")).map(Place::country).contains("SE");
        // The data has no Brevik in Norway: a named country is never swapped for another.
        assertThat(GAZETTEER.find("Brevik (NO)")).isEmpty();
    }

    @Test
    void aLabelFindsItsPlaceAgain() {
        Place gothenburg = GAZETTEER.find("Gothenburg").orElseThrow();
        Place oslo = GAZETTEER.find("Oslo").orElseThrow();

        assertThat(GAZETTEER.find(gothenburg.label())).contains(gothenburg);
        assertThat(oslo.label()).isEqualTo("Oslo (NO)");
        assertThat(GAZETTEER.find(oslo.label())).contains(oslo);
    }

    @Test
    void unknownOrBlankQueriesFindNothing() {
        assertThat(GAZETTEER.find("Atlantis")).isEmpty();
        assertThat(GAZETTEER.find("")).isEmpty();
        assertThat(GAZETTEER.find("   ")).isEmpty();
    }

    @Test
    void suggestionsPutMajorCitiesFirstThenFollowTheAlphabet() {
        assertThat(GAZETTEER.suggest("berg", 10)).first().extracting(Place::name).isEqualTo("Bergen");
        assertThat(GAZETTEER.suggest("berg", 10)).extracting(Place::name).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(Gazetteer.fold(name)).contains("berg"));
        assertThat(GAZETTEER.suggest("gote", 5)).first().extracting(Place::name).isEqualTo("Gothenburg");
    }

    @Test
    void suggestionsRespectTheLimitAndIgnoreBlankPrefixes() {
        assertThat(GAZETTEER.suggest("s", 3)).hasSize(3);
        assertThat(GAZETTEER.suggest("s", 0)).isEmpty();
        assertThat(GAZETTEER.suggest(" ", 10)).isEmpty();
    }

    @Test
    void nearestNamesTheTownAPositionIsIn() {
        assertThat(GAZETTEER.nearest(new GeoPoint(60.391, 5.322))).map(Place::name).contains("Bergen");
        assertThat(GAZETTEER.nearest(new GeoPoint(59.33, 18.07))).map(Place::name).contains("Stockholm");
    }

    @Test
    void osloToBergenIsAboutThreeHundredKilometresAsTheCrowFlies() {
        GeoPoint oslo = GAZETTEER.find("Oslo").orElseThrow().location();
        GeoPoint bergen = GAZETTEER.find("Bergen").orElseThrow().location();

        assertThat(oslo.distanceKm(bergen)).isCloseTo(305, within(5.0));
    }
}
