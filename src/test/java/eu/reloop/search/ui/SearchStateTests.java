package eu.reloop.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.directory.OfferedService;

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
}
