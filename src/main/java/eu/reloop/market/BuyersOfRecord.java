package eu.reloop.market;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.stamp.ItemOwners;
import eu.reloop.stamp.StampCode;

/** A stamped item's owner, for the registry: the buyer whose warranty for it a return has not ended. */
@Component
class BuyersOfRecord implements ItemOwners {

    private final WarrantyRepository warranties;

    BuyersOfRecord(WarrantyRepository warranties) {
        this.warranties = warranties;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean signedInUserOwns(StampCode code) {
        return warranties.heldBy(Buyer.current(), code.value());
    }
}
