package eu.reloop.market;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How one centre's sales hold up under warranty, for certifiers: items sold (returned ones included),
 * claims filed against them, and how the centre answers.
 *
 * @param claimRate claims per item sold; null before the first sale
 * @param rejectedShare the share of answered claims that were rejected; null before the first answer
 * @param overdue claims open past their answer deadline now
 * @param averageAnswerTime from filing to answer, over answered claims; null before the first answer
 */
public record CentreClaimRate(UUID organisationId, String organisationName, long itemsSold, long claims,
        @Nullable Double claimRate, @Nullable Double rejectedShare, long overdue, @Nullable Duration averageAnswerTime) {

    CentreClaimRate named(String name) {
        return new CentreClaimRate(organisationId, name, itemsSold, claims, claimRate, rejectedShare, overdue,
                averageAnswerTime);
    }
}
