package eu.reloop.market.ui;

import eu.reloop.market.WarrantyClaim;
import eu.reloop.market.WarrantyClaims;
import eu.reloop.shared.ui.PhotoThumbnails;

/** A claim's photos as thumbnails, each opening full size; the service checks the reader at each download. */
class ClaimPhotos extends PhotoThumbnails {

    ClaimPhotos(WarrantyClaims claims, WarrantyClaim claim) {
        super(claim.photoIds(), photoId -> claims.photo(claim.id(), photoId), "claim.photo");
        addClassName("claim-photos");
    }
}
