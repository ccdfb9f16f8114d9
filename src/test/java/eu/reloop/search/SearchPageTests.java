package eu.reloop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchPageTests {

    @Test
    void offersAsManyPagesAsTheHitsFillButNoneBeyondTheLastASearchMayAskFor() {
        assertThat(new SearchPage<>(List.of(), 41, true, 0, 20).pageCount(ListingQuery.LAST_PAGE)).isEqualTo(3);
        assertThat(new SearchPage<>(List.of(), 29_000, true, 0, 20).pageCount(ListingQuery.LAST_PAGE))
                .isEqualTo(ListingQuery.LAST_PAGE + 1);
        assertThat(new SearchPage<>(List.of(), 0, true, 0, 20).pageCount(ListingQuery.LAST_PAGE)).isZero();
    }
}
