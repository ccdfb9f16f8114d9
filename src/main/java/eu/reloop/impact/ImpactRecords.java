package eu.reloop.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.identity.AccountDeleted;
import eu.reloop.identity.AccountEmailChanged;

/**
 * Records what each reuse, repair and recycled device saved, with the factor version in force then; the modules where
 * these happen report them inside their own transaction. Each is counted once by its reference (an order number, a
 * repair or device id), and a person's share follows their account: a new address, or none once it is deleted.
 */
@Service
@Validated
public class ImpactRecords {

    private final ImpactRepository repository;
    private final ImpactFactors factors;
    private final Areas areas;

    ImpactRecords(ImpactRepository repository, ImpactFactors factors, Areas areas) {
        this.repository = repository;
        this.factors = factors;
        this.areas = areas;
    }

    /** A stamped item sold again, from a site of the seller's, to a buyer who may have an account. */
    @Transactional
    public void recordReuse(String orderNumber, String category, UUID organisationId, UUID siteId,
            @Nullable String buyerEmail, Instant at) {
        avoided(ImpactKind.REUSE, orderNumber, category, organisationId, siteId, buyerEmail, at);
    }

    /** A repair that fixed the item, at the repairer's site, for its owner. */
    @Transactional
    public void recordRepair(String repairReference, String category, UUID organisationId, UUID siteId,
            @Nullable String ownerEmail, Instant at) {
        avoided(ImpactKind.REPAIR, repairReference, category, organisationId, siteId, ownerEmail, at);
    }

    /**
     * A handed-in device recycled for its materials: nothing avoided is claimed (a new one is still made), but its mass
     * and fractions count towards the secondary raw materials collected.
     */
    @Transactional
    public void recordRecycling(String deviceReference, String category, UUID organisationId, UUID siteId,
            @Nullable String ownerEmail, Instant at, @Valid Materials materials) {
        FactorVersion version = factors.current();
        repository.insert(new ImpactRecord(ImpactKind.RECYCLING, deviceReference, category, organisationId,
                normalised(ownerEmail), at, areas.ofSite(siteId), version.version(), BigDecimal.ZERO, BigDecimal.ZERO,
                materials.totalKg(), materials));
    }

    /** The sale was undone: the item came back, so it counts no more. */
    @Transactional
    public void voidReuse(String orderNumber, Instant at) {
        repository.voidRecord(ImpactKind.REUSE, orderNumber, at);
    }

    @EventListener
    void on(AccountDeleted deleted) {
        repository.forgetPerson(deleted.formerEmail());
    }

    @EventListener
    void on(AccountEmailChanged changed) {
        repository.renamePerson(changed.previousEmail(), changed.email());
    }

    private void avoided(ImpactKind kind, String reference, String category, UUID organisationId, UUID siteId,
            @Nullable String personEmail, Instant at) {
        FactorVersion version = factors.current();
        ImpactFactor factor = version.of(category)
                .orElseThrow(() -> new IllegalStateException("Factor version " + version.version() + " lacks " + category));
        repository.insert(new ImpactRecord(kind, reference, category, organisationId, normalised(personEmail), at,
                areas.ofSite(siteId), version.version(), factor.avoidedKgCo2e(), factor.typicalWeightKg(),
                factor.typicalWeightKg(), null));
    }

    private static @Nullable String normalised(@Nullable String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
