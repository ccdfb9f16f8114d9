package eu.reloop.repair;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.Money;

/**
 * What ReLoop's recorded repairs of one category say: how many have an outcome, the share of those fixed, and
 * the median price and promised time of the accepted forms (prices in one currency, the reader's).
 */
public record CategoryStatistics(String category, long repairs, @Nullable Double shareFixed,
        @Nullable Money medianPrice, @Nullable Double medianDays) {
}
