package eu.reloop.market;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.Organisations;

/**
 * Claim rates per centre, for certifiers: a centre whose items come back under warranty more than
 * others', or that leaves claims unanswered, is one to look at before its certificate is renewed.
 */
@Service
public class ClaimStatistics {

    private final ClaimRepository claims;
    private final Organisations organisations;
    private final Clock clock;

    ClaimStatistics(ClaimRepository claims, Organisations organisations, Clock clock) {
        this.claims = claims;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** One page of the centres that sold or were claimed against, by claim rate. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CERTIFIER')")
    public List<CentreClaimRate> claimRates(boolean highestFirst, int offset, int limit) {
        List<CentreClaimRate> page = claims.claimRates(clock.instant(), highestFirst, offset, limit);
        Map<UUID, String> names = organisations.profiles(page.stream().map(CentreClaimRate::organisationId).toList())
                .stream().map(OrganisationProfile::organisation)
                .collect(Collectors.toMap(organisation -> organisation.id(), organisation -> organisation.details().legalName()));
        return page.stream().map(rate -> rate.named(names.getOrDefault(rate.organisationId(), ""))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CERTIFIER')")
    public int centreCount() {
        return claims.centresWithSalesOrClaims();
    }
}
