package eu.reloop.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.directory.ExtraService;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.OfferedService;
import eu.reloop.search.RepairFilters;

class SearchStateTests {

    private static final Set<String> CATEGORIES = Set.of("phones");

    @Test
    void choicesTheSearchDoesNotOfferFallBackToTheirDefaultsAndAreRemembered() {
        UrlParameters parameters = new UrlParameters(QueryParameters.simple(Map.of("category", "time-machines",
                "service", "TELEPORT", "certified", "maybe", "open", "yes")));

        SearchState state = SearchState.from(parameters, CATEGORIES);

        assertThat(state.category()).isNull();
        assertThat(state.service()).isNull();
        assertThat(state.certifiedOnly()).as("certified only, as without the parameter").isTrue();
        assertThat(state.openNow()).isFalse();
        assertThat(parameters.unusable()).containsExactlyInAnyOrderEntriesOf(Map.of("category", "time-machines",
                "service", "TELEPORT", "certified", "maybe", "open", "yes"));
    }

    @Test
    void choicesTheSearchOffersAreRead() {
        UrlParameters parameters = new UrlParameters(QueryParameters.simple(Map.of("category", "phones",
                "service", "REPAIR", "certified", "false", "open", "true")));

        SearchState state = SearchState.from(parameters, CATEGORIES);

        assertThat(state).extracting(SearchState::category, SearchState::service, SearchState::certifiedOnly,
                SearchState::openNow).containsExactly("phones", OfferedService.REPAIR, false, true);
        assertThat(parameters.unusable()).isEmpty();
    }

    @Test
    void theRepairFiltersTravelInTheLinkAndAnUnofferedOneIsRemembered() {
        UrlParameters parameters = new UrlParameters(new QueryParameters(Map.of("form", List.of("true"),
                "days", List.of("7"), "loan", List.of("true"), "handover", List.of("PICKUP", "BRING"),
                "extras", List.of("TRANSPORT"))));

        SearchState state = SearchState.from(parameters, CATEGORIES);

        assertThat(state.repair()).isEqualTo(new RepairFilters(true, 7, true, Set.of(HandOver.BRING, HandOver.PICKUP),
                Set.of(ExtraService.TRANSPORT)));
        assertThat(state.toQueryParameters().getParameters()).containsEntry("handover", List.of("BRING", "PICKUP"))
                .containsEntry("days", List.of("7")).containsEntry("form", List.of("true"));
        UrlParameters unoffered = new UrlParameters(QueryParameters.simple(Map.of("days", "5", "handover", "TELEPORT")));
        assertThat(SearchState.from(unoffered, CATEGORIES).repair()).isEqualTo(RepairFilters.NONE);
        assertThat(unoffered.unusable()).containsExactlyInAnyOrderEntriesOf(Map.of("days", "5", "handover", "TELEPORT"));
    }

    @Test
    void theWordsTravelInTheLinkAsTypedAndBlankOnesAreNone() {
        SearchState state = SearchState.from(new UrlParameters(QueryParameters.simple(Map.of("q", "vaskemaskiner"))),
                CATEGORIES);

        assertThat(state.text()).isEqualTo("vaskemaskiner");
        assertThat(state.toQueryParameters().getParameters()).containsEntry("q", List.of("vaskemaskiner"));
        SearchState typed = state.withFilters(10, null, null, true, false, RepairFilters.NONE, "  Fiksehjelpen ");
        assertThat(typed.text()).isEqualTo("Fiksehjelpen");
        assertThat(typed.within(25).text()).isEqualTo("Fiksehjelpen");
        assertThat(typed.withFilters(10, null, null, true, false, RepairFilters.NONE, " ").toQueryParameters()
                .getParameters()).doesNotContainKey("q");
    }
}
