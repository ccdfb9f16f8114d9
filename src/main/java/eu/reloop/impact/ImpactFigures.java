package eu.reloop.impact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.identity.UserAccounts;

/** The recorded figures as rows to sum: everyone's, one person's, one organisation's; and an item's estimate. */
@Service
public class ImpactFigures {

    private final ImpactRepository repository;
    private final ImpactFactors factors;
    private final UserAccounts accounts;
    private final ImpactProperties properties;

    ImpactFigures(ImpactRepository repository, ImpactFactors factors, UserAccounts accounts, ImpactProperties properties) {
        this.repository = repository;
        this.factors = factors;
        this.accounts = accounts;
        this.properties = properties;
    }

    /** What one reuse or repair of an item of the category avoids, by the factors in force now. */
    public record Estimate(BigDecimal kgCo2e, BigDecimal kgWaste) {
    }

    @Transactional(readOnly = true)
    public Optional<Estimate> estimate(String category) {
        return factors.current().of(category).map(factor -> new Estimate(factor.avoidedKgCo2e(), factor.typicalWeightKg()));
    }

    @Transactional(readOnly = true)
    public List<ImpactRow> all() {
        return repository.rows();
    }

    /** What the signed-in person bought, had repaired and handed in. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ImpactRow> mine() {
        return repository.rowsOfPerson(accounts.currentAccount().email());
    }

    @Transactional(readOnly = true)
    public List<ImpactRow> ofOrganisation(UUID organisationId) {
        return repository.rowsOfOrganisation(organisationId);
    }

    /** The share of collected mass the impact page marks as the aim for material recycling. */
    public BigDecimal secondaryMaterialTarget() {
        return properties.secondaryMaterialTarget();
    }
}
