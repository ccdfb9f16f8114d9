package eu.reloop.market;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warranties registered to the signed-in buyer, one per item bought. A warranty runs in whole days of
 * the seller's country, so whether it is in force is decided in that country's time zone: by the server's
 * day, a warranty sold in Oslo just after midnight would not have begun yet.
 */
@Service
public class Warranties {

    private final WarrantyRepository repository;
    private final Clock clock;

    Warranties(WarrantyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Warranty> myWarranties() {
        return repository.ofBuyer(Buyer.current());
    }

    /**
     * Whether the stamped item is under a warranty in force today, whoever holds it: a repair of it is a repair under
     * warranty.
     */
    @Transactional(readOnly = true)
    public boolean stampUnderWarranty(String stampCode) {
        return repository.ofStamp(stampCode).stream().anyMatch(this::inForceNow);
    }

    /** In force today in the seller's country. */
    public boolean inForceNow(Warranty warranty) {
        return warranty.inForceOn(LocalDate.ofInstant(clock.instant(), warranty.timeZone()));
    }
}
