package eu.reloop.market;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The warranties registered to the signed-in buyer, one per item bought. */
@Service
public class Warranties {

    private final WarrantyRepository repository;

    Warranties(WarrantyRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Warranty> myWarranties() {
        return repository.ofBuyer(Buyer.current());
    }
}
